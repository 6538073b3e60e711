// Print: a filtered view printed to PDF by Chromium holds the points shown and not the ones
// filtered out, no controls, and each source's address (read back with poppler's pdftotext).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectedPoints, DATA, ROOT, useSite } from "./harness.mjs";

const env = useSite();

test("a filtered view prints the points shown, their sources' addresses, and no controls", async () => {
  const page = await env.open("/?party=nato");
  await page.emulateMedia({ media: "print" });
  const pdf = join(ROOT, "target/print-test.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: false }));
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const shown = expectedPoints({ parties: ["nato"] });
  assert.ok(shown.length > 0 && shown.length < DATA.points.length);
  for (const p of DATA.points) {
    const words = p.title.split(" ").slice(0, 5).join(" ");
    assert.equal(text.includes(words), shown.includes(p.number), `point ${p.number} ("${words}") ${shown.includes(p.number) ? "is printed" : "is not printed"}`);
  }
  const source = DATA.sources.find((s) => s.id === DATA.points.find((p) => p.number === shown[0]).sources[0]);
  assert.ok(text.includes(source.url.slice(0, 30)), `the source's address is printed: ${source.url}`);
  for (const control of ["Copy link", "Reset filters", "Search the text", "Skip to content"]) {
    assert.ok(!text.includes(control), `no "${control}" on paper`);
  }
  await page.closeAll();
});
