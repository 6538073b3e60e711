// Who gives, who gains (/balance): the points by party and role as a table, with totals per
// party that equal the data, narrowed by theme and search; a role or a total leads to those
// cards. Desktop and a 360 px phone, mouse and keyboard.

import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, DATA, expectedPoints, here, loads, noHorizontalScroll, PHONE, shownPoints, useSite } from "./harness.mjs";

const env = useSite();
const PARTIES = DATA.parties.map((p) => p.code);
const ROLES = ["obliged", "benefits", "named"];
const SYMBOL = { obliged: "▼", benefits: "▲", named: "●" };

// The search's semantics (src/filter.rs): every word, case- and accent-folded, in the number,
// title, summary or a sub-point.
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const matchesText = (p, q) => {
  const hay = fold([p.number, p.title, p.summary, ...(p.subpoints ?? []).map((s) => s.text)].join(" "));
  return fold(q).split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
};
const roleOf = (p, party) => p.parties.find((x) => x.party === party)?.role;

// What the table shows: the rows, each cell's text, and the totals row by row.
async function readTable(page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll("tr.balance-row")].filter((r) => !r.hidden);
    const cells = rows.map((r) => [parseInt(r.id.slice(4), 10), [...r.querySelectorAll("td")].map((td) => td.textContent.trim())]);
    const totals = {};
    for (const a of document.querySelectorAll("tfoot a.total")) {
      totals[`${a.dataset.party}:${a.dataset.role}`] = { n: parseInt(a.textContent, 10), label: a.getAttribute("aria-label"), href: a.getAttribute("href") };
    }
    const bars = Object.fromEntries([...document.querySelectorAll("svg.bar")].map((s) => [s.dataset.party, s.getAttribute("aria-label")]));
    return { numbers: cells.map(([n]) => n), cells: Object.fromEntries(cells), totals, bars };
  });
}

function checkAgainstData(table, points) {
  assert.deepEqual(table.numbers, points.map((p) => p.number));
  for (const p of points) {
    DATA.parties.forEach((party, i) => {
      const role = roleOf(p, party.code);
      const want = role ? `${SYMBOL[role]} ${role}: ${party.short}, point ${p.number}` : "·not involved";
      assert.equal(table.cells[p.number][i], want, `point ${p.number}, ${party.code}`);
    });
  }
  for (const party of DATA.parties) {
    for (const role of ROLES) {
      const n = points.filter((p) => roleOf(p, party.code) === role).length;
      const t = table.totals[`${party.code}:${role}`];
      assert.equal(t.n, n, `${party.code} ${role}`);
      assert.equal(t.label, `${party.short} ${role} in ${n} of ${points.length} point${points.length === 1 ? "" : "s"}`);
    }
    const count = (role) => points.filter((p) => roleOf(p, party.code) === role).length;
    assert.equal(table.bars[party.code], `${party.short}: obliged in ${count("obliged")}, benefits in ${count("benefits")}`);
  }
}

test("the table has every point, each role as symbol and word, and totals that equal the data", async () => {
  const page = await env.open("/balance");
  checkAgainstData(await readTable(page), DATA.points);
  // A real table: a caption saying the roles are editorial, column and row headers.
  assert.match(await page.locator("table.balance caption").textContent(), /our editorial reading/);
  assert.equal(await page.locator("table.balance thead th[scope=col]").count(), 1 + PARTIES.length);
  assert.equal(await page.locator("table.balance tbody th[scope=row]").count(), DATA.points.length);
  assert.equal(await page.locator("nav.views a[aria-current=page]").textContent(), "Who gives, who gainsBalance");
  assert.equal(await page.title(), "Who gives, who gains: the 28 points by party · Twenty-Eight");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("theme and search narrow the rows and the totals, and the address follows", async () => {
  const page = await env.open("/balance");
  await page.selectOption("#filter-theme", "territory");
  let points = DATA.points.filter((p) => p.themes.includes("territory"));
  checkAgainstData(await readTable(page), points);
  assert.equal(await here(page), "/balance?theme=territory");
  assert.equal(await page.getByRole("status").filter({ hasText: "points" }).textContent(), `${points.length} of 28 points`);
  await page.fill("#filter-q", "russia");
  points = points.filter((p) => matchesText(p, "russia"));
  assert.ok(points.length > 0);
  checkAgainstData(await readTable(page), points);
  assert.equal(await here(page), "/balance?theme=territory&q=russia");
  // Nothing matches: no row, zero totals, and the empty note.
  await page.fill("#filter-q", "zzzz-no-such-word");
  checkAgainstData(await readTable(page), []);
  assert.equal(await page.locator(".empty").isVisible(), true);
  await page.locator(".empty").getByRole("button", { name: "Reset filters" }).click();
  checkAgainstData(await readTable(page), DATA.points);
  assert.equal(await here(page), "/balance");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a role in the table leads to the matching cards, filters and point in the address", async () => {
  const page = await env.open("/balance?theme=territory");
  const point = DATA.points.find((p) => p.themes.includes("territory") && roleOf(p, "ua"));
  const role = roleOf(point, "ua");
  await loads(page, () => page.locator(`#row-${point.number} a[data-party=ua]`).click());
  assert.equal(await here(page), `/p/${point.number}?party=ua&role=${role}&theme=territory`);
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"], role, theme: "territory" }));
  assert.ok(await page.locator(`#point-${point.number}.focused`).isVisible());
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a total leads to those cards; the table works from the keyboard", async () => {
  const page = await env.open("/balance");
  // Keyboard: the theme select, then on into the table to Russia's "benefits" total.
  await page.locator("#filter-theme").focus();
  await page.keyboard.press("ArrowDown"); // the first theme
  const theme = DATA.themes[0].code;
  await page.waitForFunction((t) => location.search === `?theme=${t}`, theme);
  const total = page.locator("tfoot a.total[data-party=ru][data-role=benefits]");
  const n = DATA.points.filter((p) => p.themes.includes(theme) && roleOf(p, "ru") === "benefits").length;
  assert.equal(await total.textContent(), String(n));
  await total.focus();
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), "solid", "focus is visible");
  await loads(page, () => page.keyboard.press("Enter"));
  assert.equal(await here(page), `/?party=ru&role=benefits&theme=${theme}`);
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ru"], role: "benefits", theme }));
  assert.equal((await shownPoints(page)).length, n);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("on a 360 px phone the page does not scroll sideways and the table is reachable", async () => {
  const page = await env.open("/balance", { viewport: PHONE });
  assert.ok(await noHorizontalScroll(page), "the page scrolls sideways");
  // The symbols show; the words are there for screen readers (and in the legend).
  assert.ok(await page.locator("#row-1 td.cell a").first().isVisible());
  // The table's region scrolls by itself if it must, and takes keyboard focus to do so.
  assert.equal(await page.locator(".table-scroll").getAttribute("tabindex"), "0");
  await page.goto(env.site.url("/balance?q=nato"));
  await appReady(page);
  assert.ok(await noHorizontalScroll(page));
  assert.deepEqual((await readTable(page)).numbers, DATA.points.filter((p) => matchesText(p, "nato")).map((p) => p.number));
  await page.closeAll();
});

test("a hostile link gets notices and the whole table; without JavaScript the links are right", async () => {
  const page = await env.open("/balance?party=ua&theme=%3Cscript%3E&role=nope");
  const notices = await page.locator(".notices li").allTextContents();
  assert.ok(notices.some((n) => n.includes("unknown theme")), notices.join(" | "));
  assert.ok(notices.some((n) => n.includes("theme and search only")), notices.join(" | "));
  assert.equal(await here(page), "/balance");
  checkAgainstData(await readTable(page), DATA.points);
  await page.closeAll();
  const html = await (await fetch(env.site.url("/balance"))).text();
  const point = DATA.points.find((p) => roleOf(p, "nato"));
  assert.ok(html.includes(`href="/p/${point.number}?party=nato&amp;role=${roleOf(point, "nato")}"`), "a pre-rendered cell's link");
  assert.ok(html.includes(`href="/?party=nato&amp;role=named"`), "a pre-rendered total's link");
});
