// What became of each point: the comparison of the plan's later versions (/versions and
// /versions/N, static pages that ship no code) and each card's "In later versions" line.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, axeViolations, expectedPoints, here, loads, noHorizontalScroll, openPage, shownPoints, DATA, DESKTOP, PHONE, ROOT, useSite } from "./harness.mjs";

const env = useSite();
const VERSIONS = JSON.parse(readFileSync(join(ROOT, "data/versions.json"), "utf8"));
const TEXTS = VERSIONS.filter((v) => v.text);
const OUTCOMES = ["kept", "changed", "dropped", "merged", "not-addressed", "unknown"];

// A static page: opened, with nothing to wait for but the load.
async function openStatic(path, viewport = DESKTOP) {
  const page = await openPage(env.browser, { origin: env.site.origin, viewport });
  await page.goto(env.site.url(path));
  return page;
}

test("the matrix has a row per point and a column per version with a text, and its counts equal the data", async () => {
  const page = await openStatic("/versions");
  assert.equal(await page.locator(".versions-table tbody tr").count(), DATA.points.length);
  const headers = await page.locator(".versions-table thead th").allInnerTexts();
  assert.deepEqual(headers.slice(1).map((h) => h.split("\n")[0]), TEXTS.map((v) => v.name));
  for (const [i, v] of TEXTS.entries()) {
    const column = await page.locator(`.versions-table tbody tr td:nth-of-type(${i + 1}) .outcome`).evaluateAll((cells) => cells.map((c) => c.className.replace(/.*outcome-/, "")));
    assert.deepEqual(column, v.text.outcomes.map((o) => o.outcome), `${v.code}: each point's outcome`);
    const totals = await page.locator(".version-totals li").nth(i).innerText();
    for (const o of OUTCOMES) {
      const n = v.text.outcomes.filter((x) => x.outcome === o).length;
      const label = { "not-addressed": "not addressed", unknown: "not known" }[o] ?? o;
      if (n > 0 || o !== "not-addressed") assert.ok(totals.includes(`${n} ${label}`), `${v.code}: "${n} ${label}" in "${totals}"`);
    }
    assert.ok(totals.includes(`${(v.text.new_points ?? []).length} new point`), totals);
  }
  // Every outcome says its word beside its symbol (never colour alone).
  for (const cell of await page.locator(".versions-table .outcome").allInnerTexts()) assert.match(cell, /^\S+ (kept|changed|dropped|merged|not addressed|not known)$/);
  // Versions with no published text are listed and say so.
  for (const v of VERSIONS.filter((x) => !x.text)) {
    assert.match(await page.locator(`#version-${v.code}`).innerText(), /No text of this version was published/);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a cold /versions/6 on a phone: the US text and each version side by side, terms removed and inserted, no code shipped", async () => {
  const before = env.site.requests.length;
  const page = await openStatic("/versions/6", PHONE);
  assert.match(await page.locator("h2").first().innerText(), /^Point 6: /);
  const columns = page.locator(".compare-column");
  assert.equal(await columns.count(), 1 + TEXTS.length);
  for (const [i, v] of TEXTS.entries()) {
    const column = columns.nth(i + 1);
    const o = v.text.outcomes.find((x) => x.point === 6);
    assert.equal(await column.locator("h3").innerText(), v.name);
    assert.equal(await column.locator(`.outcome-${o.outcome}`).count(), 1, `${v.code}: ${o.outcome}`);
    assert.equal(await column.locator("del").count(), (o.terms ?? []).length);
    for (const t of o.terms ?? []) {
      assert.ok((await column.locator("del").allInnerTexts()).includes(t.us));
      assert.ok((await column.locator("ins").allInnerTexts()).includes(t.version));
    }
  }
  assert.ok(await noHorizontalScroll(page), "nothing scrolls sideways at 360 px");
  const requested = env.site.requests.slice(before).map((r) => r.url).join(" ");
  assert.match(requested, /versions\/6/, "the page itself was requested");
  assert.doesNotMatch(requested, /\.wasm/, "the comparison loads no wasm");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a card's 'In later versions' line lists each version's outcome and opens the comparison", async () => {
  const page = await env.open("/p/6");
  const line = page.locator("#point-6 .later");
  for (const v of TEXTS) {
    const o = v.text.outcomes.find((x) => x.point === 6);
    const item = line.locator("li", { hasText: v.name });
    assert.equal(await item.locator(`.outcome-${o.outcome}`).count(), 1, v.code);
  }
  await Promise.all([page.waitForURL(/\/versions\/6$/), line.getByRole("link", { name: "In later versions" }).click()]);
  assert.match(await page.locator("h2").first().innerText(), /^Point 6: /);
  // And back to the card through the comparison's own link.
  await loads(page, () => page.getByRole("link", { name: "The point's card, with its sources" }).click());
  assert.match(page.url(), /\/p\/6$/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the comparison works from the keyboard: the nav, the scrollable table and its links", async () => {
  const page = await openStatic("/versions");
  assert.equal(await page.locator('nav.views a[aria-current="page"]').innerText(), "Later versions");
  await page.locator(".table-scroll").focus();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("role")), "region", "the table's scroller takes focus");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), `1. ${DATA.points[0].title}`);
  await Promise.all([page.waitForURL(/\/versions\/1$/), page.keyboard.press("Enter")]);
  await page.getByRole("link", { name: "next point →" }).focus();
  await Promise.all([page.waitForURL(/\/versions\/2$/), page.keyboard.press("Enter")]);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("an unknown comparison address gets the 404 page with a notice that names it", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  const res = await page.goto(env.site.url("/versions/99"));
  assert.equal(res.status(), 404);
  await appReady(page);
  assert.match(await page.locator(".notices-slot").innerText(), /no point “99”: it covers points 1 to 28/);
  assert.equal(await page.locator("article.card").count(), DATA.points.length, "the rest works");
  await page.closeAll();
});

test("axe-core finds nothing on the comparison pages at 360 and 1280 px", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const context = await env.browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    for (const path of ["/versions", "/versions/6", "/versions/21"]) {
      await page.goto(env.site.url(path));
      await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
      assert.deepEqual(await axeViolations(page), [], `${path} at ${viewport.width} px`);
      assert.ok(await noHorizontalScroll(page), `${path} at ${viewport.width} px scrolls sideways`);
    }
    await context.close();
  }
});

test("'changed in E3' lives in the URL, combines with the party filter, and is one click from the comparison", async () => {
  const e3 = TEXTS[0];
  const changed = { version: e3.code, outcome: "changed" };
  const page = await openStatic("/versions");
  const link = page.locator(".version-totals li").first().getByRole("link", { name: /changed$/ });
  await loads(page, () => link.click());
  assert.equal(await here(page), `/?changed=${e3.code}`);
  assert.deepEqual(await shownPoints(page), expectedPoints({ later: changed }));
  assert.ok((await shownPoints(page)).length > 0);
  const select = page.getByLabel("In later versions", { exact: true });
  assert.equal(await select.inputValue(), `changed:${e3.code}`);
  await page.getByLabel("Ukraine", { exact: true }).check();
  await page.waitForFunction((code) => location.search === `?party=ua&changed=${code}`, e3.code);
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"], later: changed }));
  // Another version's outcome, from the select (the keyboard's way: focus, then choose).
  const last = TEXTS.at(-1);
  await select.focus();
  await select.selectOption(`dropped:${last.code}`);
  await page.waitForFunction((code) => location.search === `?party=ua&dropped=${code}`, last.code);
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"], later: { version: last.code, outcome: "dropped" } }));
  // Reset clears it with the rest.
  await page.getByRole("button", { name: "Reset filters" }).click();
  await page.waitForFunction(() => location.search === "");
  assert.equal(await select.inputValue(), "");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a cold link with a later-version filter and a deep link: the point focused, the rest filtered", async () => {
  const last = TEXTS.at(-1);
  const dropped = expectedPoints({ later: { version: last.code, outcome: "dropped" } });
  const page = await env.open(`/p/${dropped[0]}?dropped=${last.code}`, { viewport: PHONE });
  await page.waitForFunction((n) => document.activeElement?.id === `point-${n}`, dropped[0]);
  assert.deepEqual(await shownPoints(page), dropped);
  assert.match(await page.locator("details.filter-fold summary").innerText(), /1 active/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
