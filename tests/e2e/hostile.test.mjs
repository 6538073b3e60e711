// Hostile and stale links on the pages added after the points and the timeline: the
// comparison pages, the table of who gives and who gains, and the Ukrainian site. Each gets a
// page that works, with a short notice saying what was ignored (in the page's language), and
// nothing of the link injected into it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, DATA, openPage, useSite } from "./harness.mjs";

const env = useSite();

// [path, the language the reader lands in, the records the page holds]
const CARDS = "article.card";
const ROWS = "tr.balance-row";
const HOSTILE = [
  ["/versions/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "en", CARDS],
  ["/versions/99", "en", CARDS],
  ["/versions/0", "en", CARDS],
  ["/versions/6/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "en", CARDS],
  ["/versions/" + "9".repeat(5000), "en", CARDS],
  ["/balance?party=ua&party=ru", "en", ROWS],
  ["/balance?role=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "en", ROWS],
  ["/balance?theme=" + "x".repeat(5000), "en", ROWS],
  ["/balance?q=" + "a".repeat(100_000), "en", ROWS],
  ["/balance?" + "theme=territory&".repeat(200), "en", ROWS],
  ["/uk/?party=xx", "uk", CARDS],
  ["/uk/?party=ua&party=ru", "uk", CARDS],
  ["/uk/?q=%E0%A4%A", "uk", CARDS],
  ["/uk/?" + "x=1&".repeat(200), "uk", CARDS],
  ["/uk/?q=" + "a".repeat(100_000), "uk", CARDS],
  ["/uk/p/29", "uk", CARDS],
  ["/uk/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "uk", CARDS],
  ["/uk/timeline/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "uk", "article.event"],
  ["/uk/balance?role=boss&party=xx", "uk", ROWS],
  ["/uk/versions/99", "uk", CARDS],
  ["/uk/versions/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "uk", CARDS],
];

test("hostile links to the comparison pages, the table and the Ukrainian site: the page works and says what was ignored", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  for (const [path, lang, records] of HOSTILE) {
    const label = path.slice(0, 70);
    await page.goto(env.site.url(path));
    // A Ukrainian address answered by 404.html is sent on to its Ukrainian page.
    await page.waitForFunction((lang) => document.documentElement.lang === lang, lang, { timeout: 5000 })
      .catch(() => assert.fail(`${label}: the page is not in ${lang}`));
    await appReady(page);
    const count = await page.locator(records).count();
    const want = records === "article.event" ? DATA.events.filter((e) => e.date <= "2025-11-21").length : DATA.points.length;
    assert.equal(count, want, `${label}: every record renders (${records})`);
    const notices = await page.locator(".notices li").allTextContents();
    assert.ok(notices.length >= 1, `${label}: a notice says what was ignored`);
    assert.ok(notices.every((n) => n.length < 200), `${label}: notices stay short`);
    if (lang === "uk") assert.ok(notices.every((n) => /[\u0400-\u04FF]/.test(n)), `${label}: notices in Ukrainian: ${notices.join(" | ")}`);
    assert.equal(await page.locator("script:not([src]), main img, [onerror]").count(), 0, `${label}: no markup was injected`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${label}: no sideways scroll`);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
