// Pre-rendered pages: each page's HTML is the app's markup, rendered at build time by the same
// components, so it paints before the wasm arrives; when the wasm runs, its islands hydrate
// over that markup and change nothing: the same elements, text and attributes, in the same
// places, with the reader's scroll and focus kept.
//
// The wasm request is held back until the pre-rendered page has been inspected, then released.

import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, appReady, PHONE, DESKTOP, DATA } from "./harness.mjs";

const env = useSite();

// What the reader sees, as plain data: every element's tag, its attributes that matter to the
// reader or to assistive technology (not `data-ready`, which marks the live app), its own text,
// the state of each form control, and the box of every card.
const SNAPSHOT = () => {
  const KEEP = /^(id|class|href|role|hidden|tabindex|type|name|value|for|title|datetime|disabled|aria-.*)$/;
  const walk = (el) => {
    const attrs = [...el.attributes]
      .filter((a) => KEEP.test(a.name))
      .map((a) => `${a.name}=${a.name === "class" ? a.value.split(/\s+/).filter(Boolean).sort().join(" ") : a.value}`)
      .filter((a) => a !== "class=")
      .sort();
    const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join("").trim();
    const state = el instanceof HTMLInputElement ? (el.type === "checkbox" || el.type === "radio" ? `checked=${el.checked}` : `value=${el.value}`)
      : el instanceof HTMLSelectElement ? `selected=${el.value}` : "";
    return [el.tagName.toLowerCase(), attrs.join(" "), text, state, [...el.children].filter((c) => c.tagName !== "SCRIPT" && c.tagName !== "NOSCRIPT").map(walk)];
  };
  const boxes = [...document.querySelectorAll("article, tr.balance-row")].slice(0, 40).map((a) => {
    const r = a.getBoundingClientRect();
    return `${a.id} ${Math.round(r.x)},${Math.round(r.y + scrollY)} ${Math.round(r.width)}x${Math.round(r.height)}`;
  });
  return { tree: walk(document.body), boxes, scrollY: Math.round(scrollY), title: document.title };
};

// Opens `path` with the wasm held back; returns the page, the pre-rendered snapshot and a
// function that lets the wasm through.
// The records of a page: cards and events, or the rows of the table of who gives and who gains.
// A Ukrainian path's page is its English twin's, in Ukrainian: `bare` is that twin's path.
const bare = (path) => path.replace(/^\/uk(?=\/)/, "").replace(/^$/, "/");
const recordsOf = (path) => (bare(path).startsWith("/balance") ? "main tr.balance-row" : "main article");

async function openHeld(path, viewport) {
  const page = await openPage(env.browser, { origin: env.site.origin, viewport });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(env.site.url(path), { waitUntil: "domcontentloaded" });
  await page.waitForSelector(recordsOf(path));
  return { page, release };
}

for (const [label, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  for (const path of ["/", "/p/21", "/timeline", `/timeline/${DATA.events.at(-1).id}`, "/balance", "/uk/", "/uk/p/21", "/uk/timeline/after", "/uk/balance"]) {
    test(`${path} on a ${label}: the page paints before the wasm, whose islands hydrate it unchanged`, async () => {
      const { page, release } = await openHeld(path, viewport);
      // Before the wasm: the whole first view is there, but not the live app.
      assert.equal(await page.locator("main[data-ready]").count(), 0, "the live app must not have started yet");
      const afterPart = bare(path) === "/timeline/after" || DATA.events.some((e) => bare(path) === `/timeline/${e.id}` && e.date > "2025-11-21");
      const cards = bare(path).startsWith("/timeline") ? DATA.events.filter((e) => (e.date > "2025-11-21") === afterPart).length : DATA.points.length;
      assert.equal(await page.locator(recordsOf(path)).count(), cards, "every record is in the pre-rendered page");
      assert.ok(await page.locator(recordsOf(path)).first().isVisible(), "the first record is visible");
      if (bare(path) === "/p/21") {
        assert.equal(await page.locator("#point-21.focused").count(), 1, "the linked point is marked");
        const top = await page.evaluate(() => document.getElementById("point-21").getBoundingClientRect().top);
        assert.ok(top >= -1 && top < 200, `the linked point is scrolled into view before the wasm (top ${top})`);
      }
      // The reader starts using the page before the wasm: on a phone opens the folded filters
      // (a native disclosure: no wasm needed), then a filter takes focus (as a click on it
      // would: the page does not scroll).
      if (viewport === PHONE) {
        await page.locator("details.filter-fold summary").click();
        assert.equal(await page.locator("details.filter-fold[open]").count(), 1, "the fold opens before the wasm");
      }
      const control = bare(path).startsWith("/timeline") ? "filter-party-ua" : "filter-q";
      await page.evaluate((id) => document.getElementById(id).focus({ preventScroll: true }), control);
      const before = await page.evaluate(SNAPSHOT);

      release();
      await appReady(page);
      const after = await page.evaluate(SNAPSHOT);
      assert.deepEqual(after.tree, before.tree, "the live app renders the very markup that was pre-rendered");
      assert.deepEqual(after.boxes, before.boxes, "no record moves or changes size when the app takes over");
      assert.equal(after.title, before.title);
      // One copy of the page, not two.
      assert.equal(await page.locator("main").count(), 1);
      assert.equal(await page.locator("header.site-header").count(), 1);
      // Focus: the reader's stays where they put it, deep link or not (a deep link opened with
      // focus still on the page focuses its record: points and timeline tests).
      await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
      assert.equal(await page.evaluate(() => document.activeElement?.id), control, "the reader keeps focus");
      assert.equal(await page.evaluate(() => Math.round(scrollY)), before.scrollY, "the page does not scroll when the app takes over");
      // And it is live: a filter now works (the table takes the theme, not parties).
      if (bare(path).startsWith("/balance")) {
        await page.selectOption("#filter-theme", "territory");
        await page.waitForFunction(() => location.search === "?theme=territory");
      } else {
        await page.locator("#filter-party-ru").check();
        await page.waitForFunction(() => location.search.includes("party=ru"));
      }
      assert.deepEqual(page.problems(), []);
      await page.closeAll();
    });
  }
}

test("the pre-rendered page reads without JavaScript, and says what needs it", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(env.site.url("/p/21"));
  assert.equal(await page.locator("article.card").count(), DATA.points.length);
  const point = DATA.points.find((p) => p.number === 21);
  assert.ok((await page.locator("#point-21").innerText()).includes(point.title));
  assert.equal(await page.locator("#point-21 a[href$='/p/21']").count(), 1, "titles are real links");
  const html = await page.content();
  assert.match(html, /<noscript>.*filters and copy buttons do nothing/s);
  await context.close();
});

test("filters set on the pre-rendered page before the wasm arrives are kept and applied when the app takes over", async () => {
  const { page, release } = await openHeld("/", DESKTOP);
  await page.locator("#filter-q").fill("nato");
  await page.locator("#filter-party-ru").check();
  await page.locator("#filter-party-us").check();
  await page.locator("#filter-match-all").check();
  await page.locator("#filter-theme").selectOption("security");
  release();
  await appReady(page);
  await page.waitForFunction(() => location.search.includes("theme=security"), null, { timeout: 5000 });
  const params = new URL(await page.evaluate(() => location.href)).searchParams;
  assert.equal(params.get("q"), "nato");
  assert.deepEqual(params.get("party")?.split(",").sort(), ["ru", "us"]);
  assert.equal(params.get("match"), "all");
  assert.equal(params.get("theme"), "security");
  assert.equal(await page.locator("#filter-q").inputValue(), "nato");
  assert.ok(await page.locator("#filter-match-all").isChecked());
  assert.ok(!(await page.locator("#filter-match-any").isChecked()));
  const shown = await page.locator("li.card-item:not([hidden])").count();
  assert.ok(shown > 0 && shown < DATA.points.length, `the filters narrow the cards (${shown} shown)`);
  assert.match(await page.locator(".filters .count").innerText(), new RegExp(`^${shown} of ${DATA.points.length} points`));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("an embedded page (?embed=1) hides the page chrome before the wasm arrives, as the app then does", async () => {
  const { page, release } = await openHeld("/p/21?embed=1", PHONE);
  assert.equal(await page.locator("main[data-ready]").count(), 0);
  assert.ok(!(await page.locator("header.site-header").isVisible()), "no page header before the app");
  assert.ok(!(await page.locator("footer.site-footer").isVisible()), "no page footer before the app");
  const top = await page.evaluate(() => document.getElementById("point-21").getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 200, `point 21 in view (top ${top})`);
  const before = await page.evaluate(() => document.getElementById("point-21").getBoundingClientRect().toJSON());
  release();
  await appReady(page);
  assert.ok(await page.locator("header.site-header").isHidden());
  const after = await page.evaluate(() => document.getElementById("point-21").getBoundingClientRect().toJSON());
  assert.equal(Math.round(after.width), Math.round(before.width), "the card keeps its size");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
