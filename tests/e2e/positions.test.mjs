// Where each party stands on each point: the matrix (/positions, a static page that ships no
// code), the stance filter (?stance=party:stance) and the way from a cell to its statements.

import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, axeViolations, expectedPoints, here, latestStance, loads, noHorizontalScroll, openPage, shownPoints, DATA, DESKTOP, PHONE, useSite } from "./harness.mjs";

const env = useSite();
const LABELS = { supports: "supports", objects: "objects", "wants-changed": "wants it changed", conditional: "on conditions", open: "open to talks" };
// The parties with statements, in the dataset's order: the matrix's columns.
const STATING = DATA.parties.filter((p) => DATA.positions.some((s) => s.party === p.code));

async function openStatic(path, viewport = DESKTOP) {
  const page = await openPage(env.browser, { origin: env.site.origin, viewport });
  await page.goto(env.site.url(path));
  return page;
}

test("the matrix: a row per point, a column per party with statements, each cell the latest stance, and counts equal to the data", async () => {
  const before = env.site.requests.length;
  const page = await openStatic("/positions");
  assert.equal(await page.locator(".positions-table tbody tr").count(), DATA.points.length);
  const headers = await page.locator(".positions-table thead th").allInnerTexts();
  assert.deepEqual(headers.slice(1), STATING.map((p) => p.short));
  let filled = 0;
  let changed = 0;
  for (const [i, party] of STATING.entries()) {
    const cells = await page.locator(`.positions-table tbody tr td:nth-of-type(${i + 1})`).evaluateAll((tds) =>
      tds.map((td) => ({ stance: td.querySelector(".stance")?.className.replace(/.*stance-/, "") ?? null, changed: !!td.querySelector(".stance-changed"), text: td.innerText })));
    for (const [row, point] of DATA.points.entries()) {
      const said = DATA.positions.filter((s) => s.party === party.code && s.points.includes(point.number));
      const cell = cells[row];
      assert.equal(cell.stance, said.at(-1)?.stance ?? null, `point ${point.number}, ${party.code}`);
      assert.equal(cell.changed, new Set(said.map((s) => s.stance)).size > 1, `point ${point.number}, ${party.code}: the change mark`);
      if (said.length) {
        filled++;
        changed += cell.changed;
        // Symbol and word (never colour alone), and the date.
        assert.ok(cell.text.includes(LABELS[said.at(-1).stance]), cell.text);
        const [y, m, d] = said.at(-1).date.split("-").map(Number);
        assert.ok(cell.text.includes(String(d)) && cell.text.includes(String(y)), `${cell.text}: ${said.at(-1).date}`);
      } else assert.equal(cell.text.trim().replace(/\s+/g, " "), "– no statement");
    }
    // Per party, how many points it holds each stance on, and its statements.
    const totals = await page.locator(".stance-totals li").nth(i).innerText();
    assert.ok(totals.startsWith(`${party.short}: `), totals);
    for (const [code, label] of Object.entries(LABELS)) {
      const n = DATA.points.filter((p) => latestStance(p.number, party.code) === code).length;
      assert.equal(totals.includes(`${label}: ${n}`), n > 0, `${party.code}: "${label}: ${n}" in "${totals}"`);
    }
    assert.ok(totals.endsWith(`(${DATA.positions.filter((s) => s.party === party.code).length} statements)`), totals);
  }
  assert.ok(filled > 40 && changed > 0, `${filled} cells, ${changed} changed`);
  assert.match(await page.locator(".lead").innerText(), new RegExp(`${DATA.positions.length} dated statements`));
  const requested = env.site.requests.slice(before).map((r) => r.url).join(" ");
  assert.doesNotMatch(requested, /\.wasm|\.js/, "the matrix loads no code");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a cell leads to the party's statements on the point's own page", async () => {
  const page = await openStatic("/positions", PHONE);
  // Russia on point 21 (the territory): its latest statement.
  const said = DATA.positions.filter((s) => s.party === "ru" && s.points.includes(21));
  assert.ok(said.length > 0, "the data has Russia on point 21");
  const column = STATING.findIndex((p) => p.code === "ru") + 1;
  const cell = page.locator(`.positions-table tbody tr:nth-of-type(21) td:nth-of-type(${column}) a`);
  await loads(page, () => cell.click());
  assert.equal(await here(page), `/p/21`);
  assert.match(page.url(), new RegExp(`#statement-${said.at(-1).id}$`));
  await appReady(page);
  const statement = page.locator(`#statement-${said.at(-1).id}`);
  assert.equal(await statement.count(), 1);
  assert.ok((await statement.innerText()).includes(said.at(-1).speaker));
  // Every statement on the point is on its page, in date order, each with its sources.
  const all = DATA.positions.filter((s) => s.points.includes(21));
  assert.deepEqual(await page.locator("#point-21 .statements > li").evaluateAll((lis) => lis.map((li) => li.id)), all.map((s) => `statement-${s.id}`));
  assert.ok(await noHorizontalScroll(page));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the matrix works from the keyboard and is axe-clean at 360 and 1280 px, in both languages", async () => {
  const page = await openStatic("/positions");
  assert.equal(await page.locator('nav.views a[aria-current="page"]').innerText(), "Where they stand");
  await page.locator(".positions-table").locator("xpath=..").focus();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("role")), "region", "the table's scroller takes focus");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), `1. ${DATA.points[0].title}`);
  await page.closeAll();
  for (const viewport of [PHONE, DESKTOP]) {
    const context = await env.browser.newContext({ viewport, bypassCSP: true });
    const p = await context.newPage();
    for (const path of ["/positions", "/uk/positions"]) {
      await p.goto(env.site.url(path));
      assert.deepEqual(await axeViolations(p), [], `${path} at ${viewport.width} px`);
      assert.ok(await noHorizontalScroll(p), `${path} at ${viewport.width} px scrolls sideways`);
    }
    await context.close();
  }
});

test("in Ukrainian the matrix says every stance in Ukrainian and links within /uk/", async () => {
  const page = await openStatic("/uk/positions");
  assert.equal(await page.getAttribute("html", "lang"), "uk");
  assert.equal(await page.locator("h2").first().innerText(), "Позиції сторін щодо кожного пункту");
  const words = await page.locator(".positions-table .stance").allInnerTexts();
  assert.ok(words.length > 40);
  for (const w of words) assert.match(w, /^\S (підтримка|заперечення|вимога змін|згода за умов|готовність обговорювати)$/, w);
  for (const href of await page.locator(".positions-table a, .stance-totals a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    assert.match(href, /^\/uk\//, href);
  }
  assert.equal(await page.locator('nav.views a[aria-current="page"] .label-long').innerText(), "Позиції сторін");
  await page.closeAll();
});

test("?stance=ru:objects lives in the URL, combines with the other filters, and is one click from the matrix", async () => {
  const objects = { party: "ru", stance: "objects" };
  assert.ok(expectedPoints({ stance: objects }).length > 0, "the data has points Russia objects to");
  const page = await openStatic("/positions");
  const russia = STATING.findIndex((p) => p.code === "ru");
  await loads(page, () => page.locator(".stance-totals li").nth(russia).getByRole("link", { name: /^objects: / }).click());
  assert.equal(await here(page), "/?stance=ru:objects");
  await appReady(page);
  assert.deepEqual(await shownPoints(page), expectedPoints({ stance: objects }));
  const select = page.getByLabel("Where the parties stand", { exact: true });
  assert.equal(await select.inputValue(), "ru:objects");
  await page.getByLabel("Ukraine", { exact: true }).check();
  await page.waitForFunction(() => location.search === "?party=ua&stance=ru:objects");
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"], stance: objects }));
  // Another party's stance, from the select (the keyboard's way: focus, then choose).
  const chosen = await select.locator('option[value^="ua:"]').first().getAttribute("value");
  await select.focus();
  await select.selectOption(chosen);
  await page.waitForFunction((v) => location.search === `?party=ua&stance=${v}`, chosen);
  const [party, stance] = chosen.split(":");
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"], stance: { party, stance } }));
  await page.getByRole("button", { name: "Reset filters" }).click();
  await page.waitForFunction(() => location.search === "");
  assert.equal(await select.inputValue(), "");
  assert.equal((await shownPoints(page)).length, DATA.points.length);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a malformed or unknown stance gets a notice that names it, and the rest of the link works", async () => {
  for (const [query, notice] of [
    ["stance=ru:maybe&party=ua", /Ignored stance=“ru:maybe”: write a party and a stance/],
    ["stance=%3Cb%3E:objects&party=ua", /Ignored stance=“<b>:objects”: no party has that code/],
  ]) {
    const page = await env.open(`/?${query}`);
    assert.match(await page.locator(".notices-slot").innerText(), notice);
    assert.equal(await page.locator(".notices-slot b").count(), 0, "the input is text, not markup");
    assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua"] }));
    await page.closeAll();
  }
});
