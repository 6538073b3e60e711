// "Download CSV" / "Download JSON" save exactly the records shown, each with its sources and
// the link of the view it came from, under a file name that says the filter; made in the
// browser (a Blob, under the page's strict CSP, no request anywhere).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA, DIST, expectedEvents, expectedPoints, parseCsv, shownEvents, shownPoints, useSite } from "./harness.mjs";

const env = useSite();

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

const sourcesOf = (record) => record.sources.map((id) => DATA.sources.find((s) => s.id === id));

test("points filtered by party, as CSV: one row per shown card, with sources and the view's link", async () => {
  const page = await env.open("/?party=ua");
  const shown = await shownPoints(page);
  assert.deepEqual(shown, expectedPoints({ parties: ["ua"] }));
  const { name, text } = await download(page, "Download CSV");
  assert.equal(name, "twenty-eight-points-party-ua.csv");
  const [header, ...rows] = parseCsv(text);
  assert.equal(header[0], "number");
  assert.deepEqual(rows.map((r) => Number(r[0])), shown);
  for (const r of rows) {
    const point = DATA.points.find((p) => p.number === Number(r[0]));
    assert.equal(r[1], point.title);
    assert.equal(r[8], sourcesOf(point).map((s) => `${s.outlet}, ${s.date}, ${s.url}`).join(" | "));
    assert.equal(r[9], `${env.site.origin}/p/${point.number}?party=ua`);
  }
  assert.match(await page.locator("#announcer").textContent(), new RegExp(`Saved ${shown.length} records`));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("unfiltered, the browser's CSV is the build's download, but for the links", async () => {
  const page = await env.open("/");
  const { name, text } = await download(page, "Download CSV");
  assert.equal(name, "twenty-eight-points.csv");
  const mine = parseCsv(text);
  const built = parseCsv(readFileSync(join(DIST, "downloads/twenty-eight-points.csv"), "utf8"));
  assert.equal(mine.length, 29);
  // Every column read back from the page equals the one written from the data.
  assert.deepEqual(mine.map((r) => r.slice(0, 9)), built.map((r) => r.slice(0, 9)));
  await page.closeAll();
});

test("points by role, theme and search, as JSON: one record per shown card", async () => {
  const page = await env.open("/?party=ru&role=benefits&theme=territory");
  const shown = await shownPoints(page);
  assert.deepEqual(shown, expectedPoints({ parties: ["ru"], role: "benefits", theme: "territory" }));
  assert.ok(shown.length > 0);
  const { name, text } = await download(page, "Download JSON");
  assert.equal(name, "twenty-eight-points-party-ru-role-benefits-theme-territory.json");
  const json = JSON.parse(text);
  assert.equal(json.view, `${env.site.origin}/?party=ru&role=benefits&theme=territory`);
  assert.deepEqual(json.points.map((p) => p.number), shown);
  for (const p of json.points) {
    const point = DATA.points.find((x) => x.number === p.number);
    assert.equal(p.summary, point.summary);
    assert.deepEqual(p.sources, sourcesOf(point).map(({ outlet, date, url }) => ({ outlet, date, url })));
    assert.ok(p.link.startsWith(`${env.site.origin}/p/${p.number}?party=ru&role=benefits&theme=territory`), p.link);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the timeline's events filtered by party, as CSV and as JSON, on both parts", async () => {
  const page = await env.open("/timeline?party=eu");
  const shown = await shownEvents(page);
  assert.deepEqual(shown, expectedEvents({ parties: ["eu"] }));
  const csv = await download(page, "Download CSV");
  assert.equal(csv.name, "twenty-eight-events-party-eu.csv");
  const [header, ...rows] = parseCsv(csv.text);
  assert.deepEqual(header, ["id", "date", "precision", "title", "summary", "parties", "points", "status", "sources", "link"]);
  assert.deepEqual(rows.map((r) => r[0]), shown);
  for (const r of rows) {
    const e = DATA.events.find((x) => x.id === r[0]);
    assert.deepEqual([r[1], r[2], r[3], r[6], r[7]], [e.date, e.precision, e.title, e.points.join("; "), e.status]);
    assert.equal(r[9], `${env.site.origin}/timeline/${e.id}?party=eu`);
  }
  await page.goto(env.site.url("/timeline/after?party=us"));
  await page.waitForSelector("main[data-ready]");
  const after = await shownEvents(page);
  assert.deepEqual(after, expectedEvents({ parties: ["us"], part: "after" }));
  const json = await download(page, "Download JSON");
  assert.equal(json.name, "twenty-eight-events-after-party-us.json");
  const data = JSON.parse(json.text);
  assert.deepEqual(data.events.map((e) => e.id), after);
  assert.ok(data.events.every((e) => e.sources.length > 0 && e.sources.every((s) => s.url.startsWith("https://"))));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
