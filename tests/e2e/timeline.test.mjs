// The timeline as readers use it: every event in order, the shared party filter, deep links
// to events, links both ways between points and events, unknown ids, phone width.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  serve, openPage, appReady, loads, PHONE, DATA, PLAN_EVENTS, AFTER_EVENTS,
  expectedEvents, expectedPoints, shownEvents, shownPoints, here, noHorizontalScroll, inView, useSite,
} from "./harness.mjs";

const env = useSite();

const open = env.open;

test("the timeline lists every event in date order from 20 Jan to 21 Nov 2025", async () => {
  const page = await open("/timeline");
  const dates = await page.$$eval("article.event time", (ts) => ts.map((t) => t.getAttribute("datetime")));
  assert.equal(dates.length, PLAN_EVENTS.length);
  assert.deepEqual(dates, [...dates].sort(), "in order");
  assert.equal(dates[0], "2025-01-20");
  assert.ok(dates.at(-1) <= "2025-11-21" && dates.at(-1) >= "2025-11-20");
  assert.deepEqual(await shownEvents(page), PLAN_EVENTS.map((e) => e.id));
  assert.match(await page.locator(".filters .count").textContent(), new RegExp(`All ${PLAN_EVENTS.length} events`));
  // The release stands out.
  const milestone = PLAN_EVENTS.find((e) => e.milestone);
  assert.ok(await page.locator(`#event-${milestone.id}`).evaluate((el) => el.classList.contains("milestone")));
  // One overview mark per event, in one row per party it involves.
  assert.equal(await page.locator("svg.axis g.mark-group").count(), PLAN_EVENTS.length);
  const dots = PLAN_EVENTS.reduce((n, e) => n + e.parties.length, 0);
  assert.equal(await page.locator("svg.axis circle.mark").count(), dots);
  // The axis runs across both parts, a tick a month from January 2025 to the last event's
  // month, and labels at most 12 of them.
  const last = DATA.events.at(-1).date;
  const months = (Number(last.slice(0, 4)) - 2025) * 12 + Number(last.slice(5, 7));
  assert.equal(await page.locator("svg.axis line.tick").count(), months);
  const labels = await page.locator("svg.axis text.tick-label").allTextContents();
  assert.ok(labels.length <= 12 && labels[0] === "Jan", labels.join(" "));
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
  assert.equal(await page.locator(".filters .count").textContent(), `${want.length} of ${PLAN_EVENTS.length} events`);
  const hiddenMarks = await page.locator("svg.axis g.mark-group[visibility=hidden]").count();
  assert.equal(hiddenMarks, PLAN_EVENTS.length - want.length, "the overview hides the same events");

  // The other screen is another page: the link carries the filters there.
  await loads(page, () => page.getByRole("link", { name: "The 28 points", exact: true }).click());
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
  const event = PLAN_EVENTS.find((e) => e.parties.includes("ua") && e.points?.length);
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
  const event = PLAN_EVENTS.find((e) => e.points?.length && !e.milestone);
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
  const event = PLAN_EVENTS[5];
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
  assert.equal(await page.locator("article.event").count(), PLAN_EVENTS.length);
  assert.equal(await here(page), "/timeline");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("the timeline fits a 360 px phone", async () => {
  const page = await open("/timeline", { viewport: PHONE });
  assert.ok(await noHorizontalScroll(page));
  const svg = await page.locator("svg.axis").boundingBox();
  assert.ok(svg.x >= 0 && svg.x + svg.width <= PHONE.width, "the overview stays inside the screen");
  await page.goto(env.site.url(`/timeline/${PLAN_EVENTS.at(-1).id}?party=eu`));
  await appReady(page);
  assert.ok(await noHorizontalScroll(page));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("after the release: its own page, one click from the timeline, with the party filter and both parts on the axis", async () => {
  const page = await open("/timeline?party=ru");
  assert.equal(await page.locator("svg.axis line.release").count(), 1, "the release is marked on the axis");
  assert.equal(await page.locator("svg.axis rect.other-part").count(), 1, "the part after it is drawn, shaded");
  await loads(page, () => page.getByRole("link", { name: /^After the release: \d+ events/ }).click());
  assert.equal(await here(page), "/timeline/after?party=ru", "the link carries the filter");
  assert.deepEqual(await shownEvents(page), expectedEvents({ parties: ["ru"], part: "after" }));
  assert.equal(await page.locator("svg.axis g.mark-group").count(), AFTER_EVENTS.length, "a mark per event of this part");
  const months = await page.locator(".timeline .month h2").allTextContents();
  assert.equal(months[0], "November 2025");
  assert.ok(months.at(-1).endsWith("2026"), months.at(-1));
  assert.equal(await page.locator('nav.views a[aria-current="page"]').count(), 1, "the menu's timeline is current");
  // The party filter works here as on the other part, and lives in the URL.
  await page.getByLabel("Russia", { exact: true }).uncheck();
  await page.waitForFunction(() => location.search === "");
  assert.deepEqual(await shownEvents(page), AFTER_EVENTS.map((e) => e.id));
  assert.equal(await page.locator(".filters .count").textContent(), `All ${AFTER_EVENTS.length} events`);
  assert.match(await page.title(), /^Timeline after the release/);
  // And back to the plan's range.
  await loads(page, () => page.getByRole("link", { name: /^← Before: \d+ events/ }).click());
  assert.equal(await here(page), "/timeline");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("a cold link to an event after the release opens its part, focused and filtered; it links to the version it produced, and back", async () => {
  const event = AFTER_EVENTS.find((e) => e.versions?.includes("us-ua-20"));
  const page = await open(`/timeline/${event.id}?party=ua`);
  await page.waitForFunction((id) => document.activeElement?.id === `event-${id}`, event.id);
  assert.deepEqual(await shownEvents(page), expectedEvents({ parties: ["ua"], part: "after" }));
  assert.equal(await page.locator("article.event").count(), AFTER_EVENTS.length, "the page of its part");
  const version = DATA.versions.find((v) => v.code === "us-ua-20");
  await Promise.all([page.waitForURL(/\/versions#version-us-ua-20$/), page.locator(`#event-${event.id}`).getByRole("link", { name: version.name, exact: true }).click()]);
  const card = page.locator("#version-us-ua-20");
  await loads(page, () => card.getByRole("link", { name: event.title }).click());
  assert.equal(await here(page), `/timeline/${event.id}`);
  await page.closeAll();
});

test("the part after the release works from the keyboard and on a phone", async () => {
  const page = await open("/timeline/after", { viewport: PHONE });
  assert.ok(await noHorizontalScroll(page));
  const mark = page.locator("svg.axis g.mark-group").nth(2);
  await mark.focus();
  await page.keyboard.press("Enter");
  assert.equal(await here(page), `/timeline/${AFTER_EVENTS[2].id}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${AFTER_EVENTS[2].id}`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("copy link on an event puts its absolute /timeline/<id> URL with the filters on the clipboard and says so", async () => {
  const page = await open("/timeline/after?party=us");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.origin });
  const id = expectedEvents({ parties: ["us"], part: "after" })[0];
  assert.ok(id, "an event after the release involves the US");
  const event = DATA.events.find((e) => e.id === id);
  await page.locator(`#event-${id}`).getByRole("button", { name: `Copy link to this event: ${event.title}` }).click();
  await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.site.origin}/timeline/${id}?party=us`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
