// The full-data downloads: linked from every page's footer (plain links, no JavaScript
// needed), served, and the TimelineJS file loads into TimelineJS 3.9.11 with every event.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeTimelinePage } from "../../tools/timelinejs-page.mjs";
import { openPage, serve, DATA, DIST, ROOT, useSite } from "./harness.mjs";

const env = useSite();

test("every page's footer links the downloads, which work without JavaScript", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/", "/timeline/after", "/versions/6"]) {
    await page.goto(env.site.url(path));
    const links = page.locator("footer .downloads a[download]");
    assert.equal(await links.count(), 4, path);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      const res = await fetch(env.site.origin + href);
      assert.equal(res.status, 200, href);
    }
  }
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "the 28 points (CSV)" }).click()]);
  assert.equal(download.suggestedFilename(), "twenty-eight-points.csv");
  const text = readFileSync(await download.path(), "utf8");
  assert.equal(text.split("\r\n").filter(Boolean).length, 1 + DATA.points.length, "a header and a row per point");
  await context.close();
});

test("the TimelineJS download loads into TimelineJS 3.9.11 with every event", async () => {
  const data = JSON.parse(readFileSync(join(DIST, "downloads/twenty-eight-events-timelinejs.json"), "utf8"));
  const dir = writeTimelinePage(join(ROOT, "target/timelinejs-download"), { data });
  const site = await serve({ dir });
  const page = await openPage(env.browser, { origin: site.origin });
  try {
    await page.goto(site.url("/"));
    await page.waitForFunction(() => performance.getEntriesByName("timelinejs-loaded").length > 0, null, { timeout: 20000 });
    const ids = await page.evaluate(() => window.timeline.config.events.map((e) => e.unique_id));
    assert.deepEqual(ids.sort(), DATA.events.map((e) => e.id).sort(), "every event, by its id");
    assert.ok((await page.locator(".tl-slide").count()) >= DATA.events.length, "a slide per event");
    // An event's slide: its summary and its sources (TimelineJS reads the text as HTML).
    const first = DATA.events[0];
    const slide = await page.locator(`[id="${first.id}"]`).textContent();
    assert.ok(slide.includes(first.summary.slice(0, 40)), slide.slice(0, 200));
    assert.ok(slide.includes(DATA.sources.find((s) => s.id === first.sources[0]).outlet), "its source");
    assert.deepEqual(page.problems(), []);
  } finally {
    await page.closeAll();
    await site.close();
  }
});
