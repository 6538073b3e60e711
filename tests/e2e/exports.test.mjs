// "Download CSV" / "Download JSON" save exactly the records shown, each with its sources and
// the link of the view it came from, under a file name that says the filter; made in the
// browser (a Blob, under the page's strict CSP, no request anywhere).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, DATA, DIST, expectedEvents, expectedPoints, openPage, parseCsv, ROOT, shownEvents, shownPoints, untilControlled, useSite } from "./harness.mjs";

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
    const stands = DATA.parties
      .map((p) => [p, DATA.positions.filter((s) => s.party === p.code && s.points.includes(point.number)).at(-1)])
      .filter(([, s]) => s)
      .map(([p, s]) => `${p.short}: ${s.stance} (${s.date})`);
    assert.equal(r[8], stands.join("; "), `point ${point.number}: the parties' latest stances`);
    assert.equal(r[9], sourcesOf(point).map((s) => `${s.outlet}, ${s.date}, ${s.url}`).join(" | "));
    assert.equal(r[10], `${env.site.origin}/p/${point.number}?party=ua`);
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
  assert.deepEqual(mine.map((r) => r.slice(0, 10)), built.map((r) => r.slice(0, 10)));
  assert.ok(built.slice(1).some((r) => r[8].includes("Russia: ")), "the positions column is filled");
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
  // The loops below check every row: there must be rows to check.
  assert.ok(shown.length >= 5, `the EU is in ${shown.length} events before the release`);
  const csv = await download(page, "Download CSV");
  assert.equal(csv.name, "twenty-eight-events-party-eu.csv");
  const [header, ...rows] = parseCsv(csv.text);
  assert.deepEqual(header, ["id", "date", "precision", "title", "summary", "parties", "points", "status", "sources", "link"]);
  assert.deepEqual(rows.map((r) => r[0]), shown);
  assert.equal(rows.length, shown.length);
  for (const r of rows) {
    const e = DATA.events.find((x) => x.id === r[0]);
    assert.deepEqual([r[1], r[2], r[3], r[6], r[7]], [e.date, e.precision, e.title, e.points.join("; "), e.status]);
    assert.equal(r[9], `${env.site.origin}/timeline/${e.id}?party=eu`);
  }
  await page.goto(env.site.url("/timeline/after?party=us"));
  await page.waitForSelector("main[data-ready]");
  const after = await shownEvents(page);
  assert.deepEqual(after, expectedEvents({ parties: ["us"], part: "after" }));
  assert.ok(after.length >= 5, `the US is in ${after.length} events after the release`);
  const json = await download(page, "Download JSON");
  assert.equal(json.name, "twenty-eight-events-after-party-us.json");
  const data = JSON.parse(json.text);
  assert.deepEqual(data.events.map((e) => e.id), after);
  assert.equal(data.events.length, after.length);
  assert.ok(data.events.every((e) => e.sources.length > 0 && e.sources.every((s) => s.url.startsWith("https://"))));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

const UK = {
  points: JSON.parse(readFileSync(join(ROOT, "data/points.uk.json"), "utf8")),
  events: JSON.parse(readFileSync(join(ROOT, "data/events.uk.json"), "utf8")),
};

test("in Ukrainian: points as JSON and the timeline's events as CSV and JSON, the Ukrainian texts with /uk/ links", async () => {
  const page = await env.open("/uk/?party=ru&theme=territory");
  const want = expectedPoints({ parties: ["ru"], theme: "territory" });
  assert.deepEqual(await shownPoints(page), want);
  assert.ok(want.length >= 2, `${want.length} points to check`);
  const points = await download(page, "Завантажити JSON");
  assert.equal(points.name, "twenty-eight-points-party-ru-theme-territory.json");
  const json = JSON.parse(points.text);
  assert.equal(json.view, `${env.site.origin}/uk/?party=ru&theme=territory`);
  assert.deepEqual(json.points.map((p) => p.number), want);
  for (const p of json.points) {
    assert.equal(p.title, UK.points[p.number].title);
    assert.equal(p.summary, UK.points[p.number].summary);
    assert.equal(p.link, `${env.site.origin}/uk/p/${p.number}?party=ru&theme=territory`);
  }

  await page.goto(env.site.url("/uk/timeline/after?party=eu"));
  await page.waitForSelector("main[data-ready]");
  const events = expectedEvents({ parties: ["eu"], part: "after" });
  assert.deepEqual(await shownEvents(page), events);
  assert.ok(events.length >= 3, `${events.length} events to check`);
  const csv = await download(page, "Завантажити CSV");
  assert.equal(csv.name, "twenty-eight-events-after-party-eu.csv");
  const [header, ...rows] = parseCsv(csv.text);
  assert.equal(header[0], "id");
  assert.deepEqual(rows.map((r) => r[0]), events);
  for (const r of rows) {
    assert.equal(r[3], UK.events[r[0]].title);
    assert.equal(r[9], `${env.site.origin}/uk/timeline/${r[0]}?party=eu`);
  }
  const ev = JSON.parse((await download(page, "Завантажити JSON")).text);
  assert.deepEqual(ev.events.map((e) => e.id), events);
  assert.ok(ev.events.every((e) => e.title === UK.events[e.id].title && e.link.startsWith(`${env.site.origin}/uk/timeline/`)));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the Ukrainian downloads under downloads/uk/ have the English files' columns and records, in Ukrainian", () => {
  for (const [file, key, texts] of [
    ["twenty-eight-points.csv", (r) => r[0], (r) => [r[1], UK.points[r[0]].title]],
    ["twenty-eight-events.csv", (r) => r[0], (r) => [r[3], UK.events[r[0]].title]],
  ]) {
    const en = parseCsv(readFileSync(join(DIST, "downloads", file), "utf8"));
    const uk = parseCsv(readFileSync(join(DIST, "downloads/uk", file), "utf8"));
    assert.deepEqual(uk[0], en[0], `${file}: the same columns`);
    assert.ok(uk.length > 20, `${file}: ${uk.length - 1} records`);
    assert.deepEqual(uk.slice(1).map(key), en.slice(1).map(key), `${file}: the same records, in order`);
    for (const r of uk.slice(1)) {
      const [got, want] = texts(r);
      assert.equal(got, want, `${file}: ${key(r)}`);
      assert.ok(r.at(-1).includes("/uk/"), `${file}: ${key(r)} links its Ukrainian page`);
    }
  }
  // The JSON the Ukrainian pages cut their exports from: every record, in Ukrainian.
  for (const [file, list, key, uk] of [
    ["twenty-eight-points.json", "points", (r) => r.number, UK.points],
    ["twenty-eight-events.json", "events", (r) => r.id, UK.events],
  ]) {
    const en = JSON.parse(readFileSync(join(DIST, "downloads", file), "utf8"));
    const json = JSON.parse(readFileSync(join(DIST, "downloads/uk", file), "utf8"));
    assert.ok(json[list].length > 20, `${file}: ${json[list].length} records`);
    assert.deepEqual(json[list].map(key), en[list].map(key), `${file}: the same records, in order`);
    assert.deepEqual(json[list].map((r) => r.title), json[list].map((r) => uk[key(r)].title), `${file}: Ukrainian titles`);
  }
});

// The downloads are a lazy part of the app: a wasm file of its own (tools/build-app.mjs splits
// it out), fetched on the first click, never on load.
const LAZY = /\/app-[0-9a-f]+\/(?!twenty_eight_bg)[^/]+\.wasm$/;

test("the downloads' code is fetched on the first click only, and after a first visit works offline, under the CSP", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  const lazy = [];
  page.on("request", (req) => LAZY.test(new URL(req.url()).pathname) && lazy.push(req.url()));
  await page.goto(env.site.url("/?party=ua"));
  await appReady(page);
  await untilControlled(page);
  assert.deepEqual(lazy, [], "no lazy part loads with the page");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'; .*connect-src 'self'/);
  // A first visit's worker has cached the lazy part and the data; the network goes.
  await page.reload();
  await appReady(page);
  await page.context().setOffline(true);
  const { name, text } = await download(page, "Download CSV");
  assert.equal(name, "twenty-eight-points-party-ua.csv");
  assert.deepEqual(parseCsv(text).slice(1).map((r) => Number(r[0])), expectedPoints({ parties: ["ua"] }));
  assert.equal(lazy.length, 1, `the lazy part, once, from the worker: ${lazy}`);
  // Loaded once: the next download needs no other file.
  const json = await download(page, "Download JSON");
  assert.equal(JSON.parse(json.text).points.length, expectedPoints({ parties: ["ua"] }).length);
  assert.equal(lazy.length, 1);
  await page.context().setOffline(false);
  // Any refused fetch or wasm compile (the CSP's) would be a console error.
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("offline with no worker, Download says it cannot be made, and the page goes on working", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin, serviceWorkers: "block" });
  await page.goto(env.site.url("/?party=ua"));
  await appReady(page);
  await page.context().setOffline(true);
  let saved = false;
  page.on("download", () => (saved = true));
  await page.getByRole("button", { name: "Download CSV" }).click();
  const notice = page.locator(".notices li").filter({ hasText: "The download could not be made" });
  await notice.waitFor();
  assert.match(await notice.textContent(), /are you offline\?/);
  assert.equal(saved, false, "no file was saved");
  // The rest works: a filter still moves the cards and the address.
  await page.locator("#filter-party-ru").check();
  await page.waitForFunction(() => location.search === "?party=ua,ru");
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua", "ru"] }));
  await page.context().setOffline(false);
  // The one failure the test provokes: the data file's request, offline.
  assert.deepEqual(page.problems().filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED") && !p.includes("/downloads/twenty-eight-points.csv")), []);
  await page.closeAll();
});

test("when the downloads' lazy part does not load, Download says so, and the next click loads it", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin, serviceWorkers: "block" });
  let refuse = true;
  await page.route(LAZY, (route) => (refuse ? route.abort() : route.continue()));
  await page.goto(env.site.url("/timeline?party=ru"));
  await appReady(page);
  await page.getByRole("button", { name: "Download CSV" }).click();
  const notice = page.locator(".notices li").filter({ hasText: "this part of the app did not load" });
  await notice.waitFor();
  // The app goes on: a filter still moves the events and the address.
  await page.locator("#filter-party-ua").check();
  await page.waitForFunction(() => location.search === "?party=ua,ru");
  assert.deepEqual(await shownEvents(page), expectedEvents({ parties: ["ua", "ru"] }));
  refuse = false;
  const { name, text } = await download(page, "Download CSV");
  assert.equal(name, "twenty-eight-events-party-ua-ru.csv");
  assert.equal(parseCsv(text).length - 1, expectedEvents({ parties: ["ua", "ru"] }).length);
  // The one failure the test provokes: the lazy part's request, refused (and the loader's
  // report of it on the console).
  assert.deepEqual(page.problems().filter((p) => !p.includes("ERR_FAILED") && !p.includes("Failed to fetch")), []);
  await page.closeAll();
});
