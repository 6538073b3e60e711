// The timeline as readers use it: every event in order, the shared party filter, deep links
// to events, links both ways between points and events, unknown ids, phone width.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  serve, openPage, appReady, loads, PHONE, DATA,
  expectedEvents, expectedPoints, shownEvents, shownPoints, here, noHorizontalScroll, inView, useSite,
} from "./harness.mjs";

const env = useSite();

const open = env.open;

test("the timeline lists every event in date order from 20 Jan to 21 Nov 2025", async () => {
  const page = await open("/timeline");
  const dates = await page.$$eval("article.event time", (ts) => ts.map((t) => t.getAttribute("datetime")));
  assert.equal(dates.length, DATA.events.length);
  assert.deepEqual(dates, [...dates].sort(), "in order");
  assert.equal(dates[0], "2025-01-20");
  assert.ok(dates.at(-1) <= "2025-11-21" && dates.at(-1) >= "2025-11-20");
  assert.deepEqual(await shownEvents(page), DATA.events.map((e) => e.id));
  assert.match(await page.locator(".filters .count").textContent(), new RegExp(`All ${DATA.events.length} events`));
  // The release stands out.
  const milestone = DATA.events.find((e) => e.milestone);
  assert.ok(await page.locator(`#event-${milestone.id}`).evaluate((el) => el.classList.contains("milestone")));
  // One overview mark per event, in one row per party it involves.
  assert.equal(await page.locator("svg.axis g.mark-group").count(), DATA.events.length);
  const dots = DATA.events.reduce((n, e) => n + e.parties.length, 0);
  assert.equal(await page.locator("svg.axis circle.mark").count(), dots);
  assert.equal(await page.locator("svg.axis text.tick-label").count(), 11, "Jan to Nov");
  assert.match(await page.title(), /^Timeline/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the party filter narrows events and is kept across views", async () => {
  const page = await open("/timeline");
  await page.getByRole("checkbox", { name: "Russia", exact: true }).check();
  assert.equal(await here(page), "/timeline?party=ru");
  const want = expectedEvents({ parties: ["ru"] });
  assert.deepEqual(await shownEvents(page), want);
  assert.equal(await page.locator(".filters .count").textContent(), `${want.length} of ${DATA.events.length} events`);
  const hiddenMarks = await page.locator("svg.axis g.mark-group[visibility=hidden]").count();
  assert.equal(hiddenMarks, DATA.events.length - want.length, "the overview hides the same events");

  // The other screen is another page: the link carries the filters there.
  await loads(page, () => page.getByRole("link", { name: "The 28 points" }).click());
  assert.equal(await here(page), "/?party=ru");
  assert.ok(await page.getByRole("checkbox", { name: "Russia", exact: true }).isChecked());
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ru"] }));
  await page.getByRole("checkbox", { name: "US", exact: true }).check();
  await page.getByRole("radio", { name: "all of them" }).check();
  await loads(page, () => page.getByRole("link", { name: /^Timeline/ }).click());
  assert.equal(await here(page), "/timeline?party=ru,us&match=all");
  assert.deepEqual(await shownEvents(page), expectedEvents({ parties: ["ru", "us"], match: "all" }));
  await loads(page, () => page.goBack());
  assert.equal(await here(page), "/?party=ru,us&match=all");
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["ru", "us"], match: "all" }));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a cold /timeline/<id>?party=… link focuses that event", async () => {
  const event = DATA.events.find((e) => e.parties.includes("ua") && e.points?.length);
  const page = await open(`/timeline/${event.id}?party=ua`);
  assert.equal(await here(page), `/timeline/${event.id}?party=ua`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${event.id}`);
  assert.ok((await page.title()).startsWith(event.title));
  assert.ok(await page.getByRole("checkbox", { name: "Ukraine", exact: true }).isChecked());
  await inView(page, `#event-${event.id}`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("points and events link to each other both ways", async () => {
  const event = DATA.events.find((e) => e.points?.length && !e.milestone);
  const n = event.points[0];
  const party = event.parties[0];
  const page = await open(`/timeline/${event.id}?party=${party}`);
  // The other screen is another page: the link carries the filters there.
  await loads(page, () => page.locator(`#event-${event.id} .related a`).first().click());
  assert.equal(await here(page), `/p/${n}?party=${party}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `point-${n}`);
  const back = page.locator(`#point-${n} .related a[href$="/timeline/${event.id}"]`);
  assert.equal(await back.count(), 1, `point ${n} links back to ${event.id}`);
  await loads(page, () => back.click());
  assert.equal(await here(page), `/timeline/${event.id}?party=${party}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${event.id}`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("an overview mark opens its event from the keyboard", async () => {
  const page = await open("/timeline");
  const event = DATA.events[5];
  const mark = page.locator("svg.axis g.mark-group").nth(5);
  await mark.focus();
  await page.keyboard.press("Enter");
  assert.equal(await here(page), `/timeline/${event.id}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${event.id}`);
  await page.goBack();
  assert.equal(await here(page), "/timeline");
  await page.closeAll();
});

test("an unknown event id gets a notice, not a blank page", async () => {
  const page = await open("/timeline/2025-13-45-no-such-event");
  assert.match(await page.locator(".notices").textContent(), /no event “2025-13-45-no-such-event”/);
  assert.equal(await page.locator("article.event").count(), DATA.events.length);
  assert.equal(await here(page), "/timeline");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the timeline fits a 360 px phone", async () => {
  const page = await open("/timeline", { viewport: PHONE });
  assert.ok(await noHorizontalScroll(page));
  const svg = await page.locator("svg.axis").boundingBox();
  assert.ok(svg.x >= 0 && svg.x + svg.width <= PHONE.width, "the overview stays inside the screen");
  await page.goto(env.site.url(`/timeline/${DATA.events.at(-1).id}?party=eu`));
  await appReady(page);
  assert.ok(await noHorizontalScroll(page));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
