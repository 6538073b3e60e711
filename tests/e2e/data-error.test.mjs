// A build whose data is broken shows what is wrong, by file, record and field, instead of a
// blank page (target/broken-dist/: the shipped data with four errors made by
// `node tools/gen-synthetic.mjs broken`).

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve, openPage, appReady, ROOT, DATA, useSite } from "./harness.mjs";

const env = useSite({ dir: join(ROOT, "target/broken-dist") });

test("a broken data build names each error on the page", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  await page.goto(env.site.url("/p/3?party=ua"));
  await appReady(page);
  const panel = page.getByRole("alert");
  assert.match(await panel.locator("h2").textContent(), /could not be loaded/);
  const errors = await panel.locator("li").allTextContents();
  const expect = [
    'data/sources.json: source "' + DATA.sources[0].id + '": url: not https',
    'data/points.json: point 7: parties[0]: unknown party "mars"',
    "data/points.json: point 4: number: duplicate number",
    "data/points.json: missing point(s) 5: all of 1–28 must be present",
    'data/events.json: event "' + DATA.events[0].id + '": sources[0]: unknown source "no-such-source"',
  ];
  for (const e of expect) assert.ok(errors.includes(e), `the page shows: ${e}\ngot:\n${errors.join("\n")}`);
  assert.equal(errors.length, expect.length, "and nothing else");
  assert.equal(await page.locator("h1").count(), 1, "the page header still renders");
  assert.match(await page.title(), /^Data error/, "the title says so");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
