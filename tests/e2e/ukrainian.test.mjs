// The Ukrainian explorer: its own addresses under /uk/, in Ukrainian from the first paint,
// filtered and focused by the link; the language switch keeps the view, the filters and the
// focused record both ways; Back and Forward stay in Ukrainian; bad links are answered in
// Ukrainian; nothing scrolls sideways at 360 px with the longer labels; axe-core is clean.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  appReady, axeViolations, DATA, DESKTOP, expectedEvents, expectedPoints, here, loads, noHorizontalScroll, parseCsv, PHONE, ROOT,
  shownEvents, shownPoints, useSite,
} from "./harness.mjs";

const env = useSite();

const UK = {
  points: JSON.parse(readFileSync(join(ROOT, "data/points.uk.json"), "utf8")),
  events: JSON.parse(readFileSync(join(ROOT, "data/events.uk.json"), "utf8")),
};

// "9 пунктів із 28": the Ukrainian plural rule, restated as the tests' oracle.
function ukForm(n, [one, few, many]) {
  return n % 10 === 1 && n % 100 !== 11 ? one : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? few : many;
}
function ukCount(shown, total, forms) {
  const form = ukForm(shown, forms);
  return shown === total ? `Усі ${total} ${form}` : `${shown} ${form} із ${total}`;
}

const cyrillic = (s) => /[\u0400-\u04FF]/.test(s);

// The views menu's links on every page (points, timeline, versions, positions, the table; the language
// switch is apart).
const VIEW_TABS = 5;

test("a cold /uk/p/21?party=ua is in Ukrainian, filtered and focused on point 21", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const page = await env.open("/uk/p/21?party=ua", { viewport });
    assert.equal(await page.getAttribute("html", "lang"), "uk");
    assert.equal(await here(page), "/uk/p/21?party=ua");
    // The content is the Ukrainian text, the interface is Ukrainian.
    assert.equal((await page.textContent("#point-21 .card-title-text")).trim(), UK.points["21"].title);
    assert.equal((await page.textContent("#point-21 .summary")).trim(), UK.points["21"].summary);
    assert.equal((await page.textContent("h1")).trim(), "Мирний план США для України із 28 пунктів");
    assert.equal((await page.textContent(".filters legend")).trim(), "Сторони");
    const want = expectedPoints({ parties: ["ua"] });
    assert.equal((await page.textContent(".count")).trim(), ukCount(want.length, 28, ["пункт", "пункти", "пунктів"]));
    assert.deepEqual(await shownPoints(page), want);
    assert.ok(await page.isChecked("#filter-party-ua"));
    // Focused: the card is marked and has the focus, and the tab's title names it.
    await page.waitForFunction(() => document.activeElement?.id === "point-21");
    assert.ok(await page.$eval("#point-21", (c) => c.classList.contains("focused")));
    assert.equal(await page.title(), `Пункт 21: ${UK.points["21"].title} · Двадцять вісім`);
    // No English word of the interface is left in the header, the filters or the footer.
    for (const sel of [".site-header", ".filters", ".legend", ".site-footer"]) {
      const text = await page.$eval(sel, (e) => e.innerText);
      assert.ok(cyrillic(text), `${sel}: ${text}`);
      // (Names stay as they are: "CSV", "JSON", "TimelineJS".)
      for (const english of ["Filters", "Reset filters", "Parties", "Download", "Timeline", "Summaries are ours", "obliged"]) {
        assert.ok(!new RegExp(`\\b${english}\\b`).test(text), `${sel} still says "${english}"`);
      }
    }
    assert.ok(await noHorizontalScroll(page), "no horizontal scroll");
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  }
});

test("the language switch keeps the view, the filters and the focused record, both ways", async () => {
  const page = await env.open("/uk/p/21?party=ua");
  // A filter changed on the page is carried too.
  await page.check("#filter-party-ru");
  await page.waitForFunction(() => location.search === "?party=ua,ru");
  const toEnglish = page.locator(".lang-switch a");
  assert.equal(await toEnglish.getAttribute("hreflang"), "en");
  assert.equal((await toEnglish.textContent()).trim(), "English");
  await loads(page, () => toEnglish.click());
  assert.equal(await here(page), "/p/21?party=ua,ru");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal((await page.textContent("#point-21 .card-title-text")).trim(), DATA.points.find((p) => p.number === 21).title);
  await page.waitForFunction(() => document.activeElement?.id === "point-21");
  assert.ok(await page.isChecked("#filter-party-ru"));
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ua", "ru"] }));
  // And back, from the English page.
  const toUkrainian = page.locator(".lang-switch a");
  assert.equal((await toUkrainian.textContent()).trim(), "Українська");
  await loads(page, () => toUkrainian.click());
  assert.equal(await here(page), "/uk/p/21?party=ua,ru");
  await page.waitForFunction(() => document.activeElement?.id === "point-21");
  assert.equal(await page.getAttribute("html", "lang"), "uk");

  // An event on the timeline's part after the release, filtered.
  const event = DATA.events.filter((e) => e.date > "2025-11-21")[0];
  await loads(page, () => page.goto(env.site.url(`/timeline/${event.id}?party=eu`)));
  await loads(page, () => page.click(".lang-switch a"));
  assert.equal(await here(page), `/uk/timeline/${event.id}?party=eu`);
  assert.equal((await page.textContent(`#event-${event.id} h3`)).trim(), UK.events[event.id].title);
  // The events involving Europe, and the focused one (always shown), in date order.
  const eu = expectedEvents({ parties: ["eu"], part: "after" });
  assert.deepEqual(await shownEvents(page), expectedEvents({ part: "after" }).filter((id) => eu.includes(id) || id === event.id));
  await page.waitForFunction((id) => document.activeElement?.id === `event-${id}`, event.id);

  // The table, filtered by theme; and the static comparison pages, which have no island.
  await loads(page, () => page.goto(env.site.url("/uk/balance?theme=territory")));
  await loads(page, () => page.click(".lang-switch a"));
  assert.equal(await here(page), "/balance?theme=territory");
  await page.goto(env.site.url("/versions/6"));
  await Promise.all([page.waitForNavigation(), page.click(".lang-switch a")]);
  assert.equal(await here(page), "/uk/versions/6");
  assert.equal(await page.getAttribute("html", "lang"), "uk");
  assert.ok((await page.textContent("main h2")).startsWith("Пункт 6:"));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("Download CSV on a Ukrainian page saves the shown points in Ukrainian, linked to their Ukrainian view", async () => {
  const page = await env.open("/uk/?party=ru&role=benefits");
  const want = expectedPoints({ parties: ["ru"], role: "benefits" });
  assert.deepEqual(await shownPoints(page), want);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Завантажити CSV" }).click()]);
  assert.equal(file.suggestedFilename(), "twenty-eight-points-party-ru-role-benefits.csv");
  const [header, ...rows] = parseCsv(readFileSync(await file.path(), "utf8"));
  // The columns are the English file's (codes stay codes); the texts are Ukrainian, and each
  // record links to its Ukrainian view.
  assert.equal(header[0], "number");
  assert.deepEqual(rows.map((r) => Number(r[0])), want);
  // Every row is checked below: there are rows (Russia benefits in several points).
  assert.ok(want.length >= 3 && rows.length === want.length, `${rows.length} rows for ${want.length} points`);
  for (const r of rows) {
    assert.equal(r[1], UK.points[r[0]].title);
    assert.equal(r[2], UK.points[r[0]].summary);
    assert.equal(r[10], `${env.site.origin}/uk/p/${r[0]}?party=ru&role=benefits`);
  }
  const said = await page.locator("#announcer").textContent();
  assert.equal(said, `Збережено ${want.length} ${ukForm(want.length, ["запис", "записи", "записів"])} у файл twenty-eight-points-party-ru-role-benefits.csv`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("copy link on a Ukrainian page copies the Ukrainian address with the filters, and says so in Ukrainian", async () => {
  const page = await env.open("/uk/?party=eu&role=obliged");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.origin });
  const n = expectedPoints({ parties: ["eu"], role: "obliged" })[0];
  assert.ok(n, "a point obliges the EU");
  await page.locator(`#point-${n}`).getByRole("button", { name: `Копіювати посилання на пункт ${n}` }).click();
  await page.getByRole("status").filter({ hasText: "Посилання скопійовано" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.site.origin}/uk/p/${n}?party=eu&role=obliged`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the keyboard alone: a Ukrainian filter, a point, the language switch and back, with a visible focus", async () => {
  const page = await env.open("/uk/");
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, name: el.getAttribute("name"), value: el.value, text: el.textContent.trim(), outline: getComputedStyle(el).outlineStyle, href: el.getAttribute("href") };
  });
  const tabTo = async (pred, key = "Tab", limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      const f = await focused();
      if (pred(f)) return f;
    }
    throw new Error(`could not reach the control with ${key}`);
  };
  let f = await tabTo((f) => f.tag === "INPUT" && f.name === "party" && f.value === "ru");
  assert.notEqual(f.outline, "none", "focus is visible");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => location.search === "?party=ru");
  assert.equal((await page.textContent(".count")).trim(), ukCount(expectedPoints({ parties: ["ru"] }).length, 28, ["пункт", "пункти", "пунктів"]));
  f = await tabTo((f) => f.tag === "A" && f.href?.endsWith("/p/3"));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.pathname === "/uk/p/3" && document.activeElement?.id === "point-3");
  // Back up to the header's switch, to English: the same point, the same filter.
  f = await tabTo((f) => f.tag === "A" && f.text === "English", "Shift+Tab");
  assert.notEqual(f.outline, "none", "the switch's focus is visible");
  await loads(page, () => page.keyboard.press("Enter"));
  assert.equal(await here(page), "/p/3?party=ru");
  await page.waitForFunction(() => document.activeElement?.id === "point-3");
  // And back to Ukrainian from the keyboard.
  await tabTo((f) => f.tag === "A" && f.text === "Українська", "Shift+Tab");
  await loads(page, () => page.keyboard.press("Enter"));
  assert.equal(await here(page), "/uk/p/3?party=ru");
  assert.equal(await page.getAttribute("html", "lang"), "uk");
  assert.deepEqual(await shownPoints(page), [...new Set([...expectedPoints({ parties: ["ru"] }), 3])].sort((a, b) => a - b));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("Back and Forward stay in Ukrainian, between points and filter states", async () => {
  const page = await env.open("/uk/");
  await page.click("#point-3 .card-title a");
  await page.waitForFunction(() => location.pathname === "/uk/p/3");
  await page.check("#filter-party-us");
  await page.waitForFunction(() => location.search === "?party=us");
  await page.goBack();
  await page.waitForFunction(() => location.pathname === "/uk/" && location.search === "");
  assert.equal((await page.textContent(".count")).trim(), "Усі 28 пунктів");
  assert.deepEqual(await shownPoints(page), expectedPoints());
  await page.goForward();
  await page.waitForFunction(() => location.pathname === "/uk/p/3");
  await page.waitForFunction(() => document.activeElement?.id === "point-3");
  assert.equal(await page.title(), `Пункт 3: ${UK.points["3"].title} · Двадцять вісім`);
  // The views menu's links stay in Ukrainian and carry the filters.
  const timeline = await page.getAttribute(".views a[href*='timeline']", "href");
  assert.ok(timeline.startsWith("/uk/timeline"), timeline);
  await loads(page, () => page.click(".views a[href*='timeline']"));
  assert.equal(await page.getAttribute("html", "lang"), "uk");
  const events = expectedEvents({ parties: ["us"] });
  const total = expectedEvents().length;
  assert.equal((await page.textContent(".count")).trim(), ukCount(events.length, total, ["подія", "події", "подій"]));
  assert.deepEqual(await shownEvents(page), events);
  assert.equal(await here(page), "/uk/timeline?party=us");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a bad Ukrainian link is answered in Ukrainian, and an unknown /uk/ address lands on /uk/", async () => {
  const page = await env.open("/uk/p/99?party=xx&role=boss");
  const notices = await page.$$eval(".notices li", (li) => li.map((l) => l.textContent));
  assert.ok(notices.some((n) => n.includes("У плані немає пункту «99»")), notices.join(" | "));
  assert.ok(notices.some((n) => n.includes("Проігноровано невідому сторону «xx»")), notices.join(" | "));
  assert.ok(notices.some((n) => n.includes("Проігноровано невідому роль «boss»")), notices.join(" | "));
  assert.equal(await here(page), "/uk/");
  // 404.html is the English page: it sends a Ukrainian address on to the Ukrainian one.
  await page.goto(env.site.url("/uk/no-such-page"));
  await page.waitForFunction(() => location.pathname === "/uk/" && document.documentElement.lang === "uk");
  await appReady(page);
  const sent = await page.$$eval(".notices li", (li) => li.map((l) => l.textContent));
  assert.ok(sent.some((n) => n.includes("Сторінки «no-such-page» тут немає")), sent.join(" | "));
  await page.closeAll();
});

test("no horizontal scroll at 360 px with the Ukrainian labels, filters open", async () => {
  const page = await env.open("/uk/", { viewport: PHONE });
  for (const path of ["/uk/", "/uk/p/21?party=ua", "/uk/timeline", "/uk/timeline/after", "/uk/balance", "/uk/versions", "/uk/versions/21", "/uk/positions"]) {
    await page.goto(env.site.url(path));
    if (!/versions|positions/.test(path)) await appReady(page);
    await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
    assert.ok(await noHorizontalScroll(page), `${path} scrolls sideways`);
    // The five tabs and the switch fit on the phone's header.
    const tabs = await page.$$eval(".views a", (as) => as.map((a) => ({ text: a.textContent.trim(), cut: a.scrollWidth > a.clientWidth + 1 })));
    assert.equal(tabs.length, VIEW_TABS, `${path}: the views menu's ${VIEW_TABS} links`);
    assert.deepEqual(tabs.filter((t) => t.cut).map((t) => t.text), [], `${path}: tabs cut off`);
  }
  await page.closeAll();
});

for (const [width, viewport] of [["360 px", PHONE], ["1280 px", DESKTOP]]) {
  test(`axe-core: no violations on Ukrainian pages at ${width}`, async () => {
    const context = await env.browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    const report = [];
    for (const path of ["/uk/", "/uk/p/21?party=ua", "/uk/timeline", "/uk/timeline/after?party=eu", "/uk/balance?theme=territory", "/uk/versions/6", "/uk/positions"]) {
      await page.goto(env.site.url(path));
      if (!/versions|positions/.test(path)) await appReady(page);
      await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
      for (const v of await axeViolations(page)) report.push(`${path}: ${v}`);
    }
    assert.deepEqual(report, []);
    await context.close();
  });
}
