// A phone's first screen (360 × 740): the plan itself shows without scrolling, the filters
// fold into one bar that says how many are active, and they stay usable by keyboard; on a
// desktop the filters show as before, with no fold.

import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, axeViolations, expectedPoints, expectedEvents, here, noHorizontalScroll, shownEvents, shownPoints, PHONE, DESKTOP, useSite } from "./harness.mjs";

const env = useSite();

// Where Tab stops, in order, from the top of a phone's points page to the folded filters.
const TAB_STOPS_TO_THE_FOLD = [
  "a: Skip to content", "a: 28 points", "a: Timeline", "a: Versions", "a: Positions", "a: Balance", "a: Українська", "summary: Filters · none active",
];

// How far down the element's box ends, and whether the page scrolled.
const box = (page, selector) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, scrollY: window.scrollY };
  }, selector);

for (const [path, first, noun] of [
  ["/", "#point-1-title", "the first point's heading"],
  ["/timeline", ".overview", "the overview"],
]) {
  test(`${path} at 360 × 740: ${noun} is on the first screen, and nothing scrolls sideways`, async () => {
    const page = await env.open(path, { viewport: PHONE });
    const b = await box(page, first);
    assert.equal(b.scrollY, 0);
    assert.ok(b.top >= 0 && b.bottom <= PHONE.height, `${noun} spans ${Math.round(b.top)}–${Math.round(b.bottom)} px`);
    if (path === "/timeline") {
      // The overview's first row, at least, is there too.
      const row = await box(page, ".overview svg");
      assert.ok(row.top < PHONE.height - 40, `the overview's marks start at ${Math.round(row.top)} px`);
    }
    assert.equal((await page.locator("details.filter-fold").getAttribute("open")), null, "the filters are folded");
    assert.equal((await page.locator("details.filter-fold summary").innerText()).replace(/\s+/g, " "), "Filters · none active");
    assert.ok(!(await page.getByLabel("Ukraine", { exact: true }).isVisible()), "the party toggles are folded away");
    assert.ok(await page.locator(".filters .count").isVisible(), "the count stays in sight");
    assert.ok(await noHorizontalScroll(page));
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}

test("on a phone the folded filters open from the keyboard, and a party filter moves the cards, URL and count", async () => {
  const page = await env.open("/", { viewport: PHONE });
  // From the top of the page, Tab walks the skip link, the header's links (the views' tabs,
  // the language switch), then reaches the fold's summary.
  const stops = [];
  for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement.matches("details.filter-fold summary"))); i++) {
    await page.keyboard.press("Tab");
    stops.push(await page.evaluate(() => {
      const el = document.activeElement;
      return `${el.tagName.toLowerCase()}: ${(el.getAttribute("aria-label") || el.innerText).trim().replace(/\s+/g, " ")}`;
    }));
  }
  assert.deepEqual(stops, TAB_STOPS_TO_THE_FOLD, "Tab order from the top of the page to the folded filters");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("details.filter-fold").getAttribute("open"), "", "Enter opens the fold");
  const ukraine = page.getByLabel("Ukraine", { exact: true });
  assert.ok(await ukraine.isVisible());
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "filter-party-ua", "Tab goes from the summary to the first toggle");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => location.search === "?party=ua");
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"] }));
  assert.equal((await page.locator(".filters .count").innerText()), `${expectedPoints({ parties: ["ua"] }).length} of 28 points`);
  assert.match(await page.locator("details.filter-fold summary").innerText(), /1 active/);
  // The role and theme selects and the search are in the fold too.
  await page.getByLabel("Role", { exact: true }).selectOption("obliged");
  await page.waitForFunction(() => location.search.includes("role=obliged"));
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"], role: "obliged" }));
  assert.match(await page.locator("details.filter-fold summary").innerText(), /2 active/);
  // Closing the fold keeps the filters.
  await page.locator("details.filter-fold summary").click();
  assert.equal(await page.locator("details.filter-fold").getAttribute("open"), null);
  assert.equal(await here(page), "/?party=ua&role=obliged");
  assert.ok(await noHorizontalScroll(page));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a shared link with filters opens on a phone with the fold saying how many are active", async () => {
  const page = await env.open("/timeline?party=ru,us&match=all", { viewport: PHONE });
  assert.match(await page.locator("details.filter-fold summary").innerText(), /2 active/);
  assert.deepEqual(await shownEvents(page), expectedEvents({ parties: ["ru", "us"], match: "all" }));
  await page.locator("details.filter-fold summary").click();
  await page.getByLabel("Russia", { exact: true }).uncheck();
  await page.waitForFunction(() => location.search === "?party=us&match=all");
  assert.deepEqual(await shownEvents(page), expectedEvents({ parties: ["us"], match: "all" }));
  assert.match(await page.locator("details.filter-fold summary").innerText(), /1 active/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("axe-core finds nothing on a phone with the fold open and a filter set", async () => {
  const context = await env.browser.newContext({ viewport: PHONE, bypassCSP: true });
  const page = await context.newPage();
  for (const path of ["/?party=ua", "/timeline?party=eu"]) {
    await page.goto(env.site.url(path));
    await appReady(page);
    await page.locator("details.filter-fold summary").click();
    assert.deepEqual(await axeViolations(page), [], path);
  }
  await context.close();
});

test("on a desktop there is no fold: every filter shows, the summary does not", async () => {
  const page = await env.open("/?party=ua", { viewport: DESKTOP });
  assert.ok(!(await page.locator("details.filter-fold summary").isVisible()), "no summary on a desktop");
  for (const label of ["Ukraine", "Role", "Theme", "Search the text"]) {
    assert.ok(await page.getByLabel(label, { exact: true }).isVisible(), `${label} shows`);
  }
  assert.ok(await page.locator(".tagline-long").isVisible());
  assert.ok(!(await page.locator(".tagline-short").isVisible()));
  await page.getByLabel("Russia", { exact: true }).check();
  await page.waitForFunction(() => location.search === "?party=ua,ru");
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua", "ru"] }));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
