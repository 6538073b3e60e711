// Print: a filtered view printed to PDF by Chromium holds the records shown and not the ones
// filtered out, no controls, and each source's address (read back with poppler's pdftotext):
// the points and the timeline, in English and in Ukrainian.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectedEvents, expectedPoints, DATA, ROOT, useSite } from "./harness.mjs";

const env = useSite();

const UK = {
  points: JSON.parse(readFileSync(join(ROOT, "data/points.uk.json"), "utf8")),
  events: JSON.parse(readFileSync(join(ROOT, "data/events.uk.json"), "utf8")),
};

async function printed(path, name) {
  const page = await env.open(path);
  await page.emulateMedia({ media: "print" });
  const pdf = join(ROOT, `target/print-test-${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: false }));
  await page.closeAll();
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

// The first words of a title, as the PDF's text holds them (a long title wraps).
const opening = (title) => title.split(" ").slice(0, 5).join(" ");

// Each case: the path, the records it shows (from the data), every record of that page with
// its id and title, the controls that must not print.
const CASES = [
  {
    path: "/?party=nato", name: "points",
    shown: expectedPoints({ parties: ["nato"] }),
    records: DATA.points.map((p) => ({ id: p.number, title: p.title, sources: p.sources })),
    controls: ["Copy link", "Reset filters", "Search the text", "Skip to content"],
  },
  {
    path: "/timeline?party=eu", name: "timeline",
    shown: expectedEvents({ parties: ["eu"] }),
    records: DATA.events.filter((e) => e.date <= "2025-11-21").map((e) => ({ id: e.id, title: e.title, sources: e.sources })),
    controls: ["Copy link", "Reset filters", "Skip to content", "Download CSV"],
  },
  {
    path: "/uk/?party=nato", name: "points-uk",
    shown: expectedPoints({ parties: ["nato"] }),
    records: DATA.points.map((p) => ({ id: p.number, title: UK.points[p.number].title, sources: p.sources })),
    controls: ["Копіювати посилання", "Скинути фільтри", "Перейти до вмісту", "Copy link"],
  },
];

for (const { path, name, shown, records, controls } of CASES) {
  test(`${path} prints the records shown, their sources' addresses, and no controls`, async () => {
    const text = await printed(path, name);
    assert.ok(shown.length > 0 && shown.length < records.length, `${shown.length} of ${records.length} shown`);
    for (const r of records) {
      const words = opening(r.title);
      assert.equal(text.includes(words), shown.includes(r.id), `${r.id} ("${words}") ${shown.includes(r.id) ? "is printed" : "is not printed"}`);
    }
    const first = records.find((r) => r.id === shown[0]);
    const source = DATA.sources.find((s) => s.id === first.sources[0]);
    assert.ok(text.includes(source.url.slice(0, 30)), `the source's address is printed: ${source.url}`);
    for (const control of controls) assert.ok(!text.includes(control), `no "${control}" on paper`);
  });
}
