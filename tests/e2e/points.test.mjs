// The points screen as readers use it: filters, the URL as state, deep links, history,
// copy link, hostile links, keyboard only, phone width.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  serve, openPage, appReady, loads, PHONE, DESKTOP, DATA,
  expectedPoints, shownPoints, here, noHorizontalScroll, inView, useSite,
} from "./harness.mjs";

const env = useSite();

const countText = (page) => page.locator(".filters .count").textContent();
const label = (n) => (n === DATA.points.length ? `All ${n} points` : `${n} of ${DATA.points.length} points`);

const open = env.open;

test("each filter narrows the cards and the count, and the URL follows", async () => {
  const page = await open("/");
  const historyAtStart = await page.evaluate(() => history.length);
  assert.deepEqual(await shownPoints(page), expectedPoints());
  assert.equal(await countText(page), label(28));

  await page.getByRole("checkbox", { name: "Ukraine", exact: true }).check();
  assert.equal(await here(page), "/?party=ua");
  let want = expectedPoints({ parties: ["ua"] });
  assert.deepEqual(await shownPoints(page), want);
  assert.equal(await countText(page), label(want.length));

  await page.getByRole("checkbox", { name: "Russia", exact: true }).check();
  await page.getByRole("radio", { name: "all of them" }).check();
  assert.equal(await here(page), "/?party=ua,ru&match=all");
  want = expectedPoints({ parties: ["ua", "ru"], match: "all" });
  assert.deepEqual(await shownPoints(page), want);
  assert.equal(await countText(page), label(want.length));

  await page.getByLabel("Role", { exact: true }).selectOption("obliged");
  assert.equal(await here(page), "/?party=ua,ru&match=all&role=obliged");
  want = expectedPoints({ parties: ["ua", "ru"], match: "all", role: "obliged" });
  assert.deepEqual(await shownPoints(page), want);

  await page.getByRole("button", { name: "Reset filters" }).first().click();
  assert.equal(await here(page), "/");
  await page.getByLabel("Theme", { exact: true }).selectOption("territory");
  assert.equal(await here(page), "/?theme=territory");
  assert.deepEqual(await shownPoints(page), expectedPoints({ theme: "territory" }));

  await page.getByLabel("Search the text", { exact: true }).fill("ZAPORIZHZHIA");
  assert.equal(await here(page), "/?theme=territory&q=ZAPORIZHZHIA");
  await page.getByLabel("Theme", { exact: true }).selectOption("");
  const zap = DATA.points.filter((p) => JSON.stringify([p.title, p.summary, p.subpoints ?? []]).toLowerCase().includes("zaporizhzhia")).map((p) => p.number);
  assert.ok(zap.length > 0, "the data mentions Zaporizhzhia");
  assert.deepEqual(await shownPoints(page), zap);

  // Filter changes replace the history entry instead of adding one.
  assert.equal(await page.evaluate(() => history.length), historyAtStart);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("an empty result explains itself and offers the reset", async () => {
  const page = await open("/?q=qqqxyzzy");
  assert.deepEqual(await shownPoints(page), []);
  assert.equal(await countText(page), label(0));
  const empty = page.locator(".empty");
  await empty.waitFor();
  assert.match(await empty.textContent(), /No point matches/);
  await empty.getByRole("button", { name: "Reset filters" }).click();
  assert.equal(await here(page), "/");
  assert.equal((await shownPoints(page)).length, 28);
  await page.closeAll();
});

test("a shared /p/N?party=… link opens cold with that point focused and the filter kept", async () => {
  const page = await open("/p/12?party=ua");
  assert.equal(await here(page), "/p/12?party=ua");
  await page.waitForFunction(() => document.activeElement?.id === "point-12");
  assert.match(await page.title(), /^Point 12: /);
  assert.ok(await page.locator("#point-12").evaluate((el) => el.classList.contains("focused")));
  assert.ok(await page.getByRole("checkbox", { name: "Ukraine", exact: true }).isChecked());
  assert.deepEqual(await shownPoints(page), [...new Set([...expectedPoints({ parties: ["ua"] }), 12])].sort((a, b) => a - b));
  await inView(page, "#point-12");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("Back and Forward move between points and filter states", async () => {
  const page = await open("/");
  await page.getByRole("checkbox", { name: "US", exact: true }).check();
  assert.equal(await here(page), "/?party=us");
  const first = expectedPoints({ parties: ["us"] })[0];
  await page.locator(`#point-${first} .card-title a`).click();
  assert.equal(await here(page), `/p/${first}?party=us`);
  await page.getByRole("checkbox", { name: "US", exact: true }).uncheck();
  assert.equal(await here(page), `/p/${first}`);
  await page.locator("#point-20 .card-title a").click();
  assert.equal(await here(page), "/p/20");
  await page.waitForFunction(() => document.activeElement?.id === "point-20");

  await page.goBack();
  assert.equal(await here(page), `/p/${first}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `point-${first}`);
  await page.goBack();
  assert.equal(await here(page), "/?party=us");
  assert.ok(await page.getByRole("checkbox", { name: "US", exact: true }).isChecked());
  assert.deepEqual(await shownPoints(page), expectedPoints({ parties: ["us"] }));
  await page.goForward();
  assert.equal(await here(page), `/p/${first}`);
  assert.match(await page.title(), new RegExp(`^Point ${first}: `));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("copy link puts the absolute /p/N URL with the filters on the clipboard and says so", async () => {
  const page = await open("/?party=eu&role=obliged");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.origin });
  const n = expectedPoints({ parties: ["eu"], role: "obliged" })[0];
  await page.locator(`#point-${n}`).getByRole("button", { name: `Copy link to point ${n}` }).click();
  await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${env.site.origin}/p/${n}?party=eu&role=obliged`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("where the clipboard is refused, the link is shown to copy by hand", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await page.goto(env.site.url("/?theme=energy"));
  await appReady(page);
  await page.locator("#point-19").getByRole("button", { name: "Copy link to point 19" }).click();
  const input = page.locator("#point-19 .copy-fallback input");
  await input.waitFor();
  assert.equal(await input.inputValue(), `${env.site.origin}/p/19?theme=energy`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

const HOSTILE = [
  "/p/29", "/p/0", "/p/abc", "/p/-1", "/p/99999999999999999999", "/p/12.5",
  "/?party=xx", "/?party=ua&party=ru", "/?match=maybe", "/?role=%3Cscript%3Ealert(1)%3C/script%3E",
  "/?theme=<img src=x onerror=alert(1)>", "/?q=%E0%A4%A", "/?q=%", "/?zzz=1&yyy=2",
  "/?q=" + "a".repeat(100_000), "/?party=%E2%80%AEau", "/nope/nope", "/p/12/../../../etc/passwd",
  "/?embed=maybe", "/p/%F0%9F%92%A5", "/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/timeline/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "/?q=%E2%80%AE%E2%80%8Fevil%E2%80%AC&party=%E2%80%AEur",
  "/?party=ua%00ru&theme=%00", "/p/1e9", "/?" + "x=1&".repeat(200), "/%2e%2e/%2e%2e/etc/passwd",
];

test("hostile and stale links render the page with a notice and no error", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  for (const path of HOSTILE) {
    await page.goto(env.site.url(path));
    await appReady(page);
    const cards = await page.locator("article.card, article.event").count();
    assert.ok(cards >= 28, `${path.slice(0, 60)}: the cards render`);
    const notices = await page.locator(".notices li").allTextContents();
    assert.ok(notices.length >= 1, `${path.slice(0, 60)}: a notice says what was ignored`);
    assert.ok(notices.every((n) => n.length < 200), "notices stay short");
    assert.equal(await page.locator("script:not([src]), main img").count(), 0, "no markup was injected");
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("every control works from the keyboard alone, with a visible focus", async () => {
  const page = await open("/");
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, name: el.getAttribute("name"), value: el.value, text: el.textContent.trim().slice(0, 40), outline: getComputedStyle(el).outlineStyle, id: el.id, href: el.getAttribute("href") };
  });
  const moveTo = async (key, pred, limit) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      const f = await focused();
      if (pred(f)) return f;
    }
    throw new Error(`could not reach the control with ${key}`);
  };
  const tabTo = (pred, limit = 60) => moveTo("Tab", pred, limit);
  const shiftTabTo = (pred, limit = 80) => moveTo("Shift+Tab", pred, limit);
  let f = await tabTo((f) => f.tag === "INPUT" && f.name === "party" && f.value === "ua");
  assert.notEqual(f.outline, "none", "focus is visible");
  await page.keyboard.press("Space");
  assert.equal(await here(page), "/?party=ua");
  await tabTo((f) => f.tag === "INPUT" && f.name === "match");
  await page.keyboard.press("ArrowDown");
  assert.equal(await here(page), "/?party=ua&match=all");
  f = await tabTo((f) => f.tag === "SELECT" && f.name === "role");
  assert.notEqual(f.outline, "none");
  await page.keyboard.press("ArrowDown");
  assert.equal(await here(page), "/?party=ua&match=all&role=obliged");
  await tabTo((f) => f.tag === "INPUT" && f.name === "q");
  await page.keyboard.type("ukraine");
  assert.equal(await here(page), "/?party=ua&match=all&role=obliged&q=ukraine");
  await tabTo((f) => f.tag === "BUTTON" && f.text === "Reset filters");
  await page.keyboard.press("Enter");
  assert.equal(await here(page), "/");
  f = await tabTo((f) => f.tag === "A" && f.text.startsWith("1"));
  await page.keyboard.press("Enter");
  assert.equal(await here(page), "/p/1");
  await page.waitForFunction(() => document.activeElement?.id === "point-1");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.origin });
  await tabTo((f) => f.tag === "BUTTON" && f.text === "Copy link");
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
  // Back up to the views and on to the timeline, then into an event.
  await shiftTabTo((f) => f.tag === "A" && f.text.startsWith("Timeline"));
  await loads(page, () => page.keyboard.press("Enter"));
  assert.equal(await here(page), "/timeline");
  f = await tabTo((f) => f.tag === "g" && f.text.length > 0);
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement.querySelector("circle")).strokeWidth);
  assert.equal(ring, "3px", "a focused overview mark is ringed");
  f = await tabTo((f) => f.tag === "A" && (f.id === "" && f.text.length > 0) && f.href?.includes("/timeline/"), 150);
  await page.keyboard.press("Enter");
  assert.match(await here(page), /^\/timeline\/2025-/);
  await page.waitForFunction(() => document.activeElement?.id.startsWith("event-"));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("on a 360 px phone nothing scrolls sideways", async () => {
  const page = await open("/", { viewport: PHONE });
  for (const path of ["/", "/p/21", "/?party=ua,ru&match=all", "/?q=" + "x".repeat(300), "/p/10"]) {
    await page.goto(env.site.url(path));
    await appReady(page);
    for (const details of await page.locator("details").all()) await details.evaluate((d) => (d.open = true));
    assert.ok(await noHorizontalScroll(page), `${path.slice(0, 40)} has no horizontal scroll`);
  }
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("disputed points show the differing versions side by side", async () => {
  const disputed = DATA.points.filter((p) => p.dispute);
  assert.ok(disputed.length > 0, "the data records at least one dispute");
  const page = await open(`/p/${disputed[0].number}`, { viewport: DESKTOP });
  const card = page.locator(`#point-${disputed[0].number}`);
  await card.locator("details.dispute summary").click();
  const versions = card.locator(".versions .version");
  assert.equal(await versions.count(), disputed[0].dispute.versions.length);
  assert.ok(await versions.first().isVisible());
  await page.closeAll();
});

test("points tied to the separate US security-guarantee document show it, with its sources", async () => {
  const doc = DATA.documents.find((d) => d.id === "us-security-guarantee");
  const page = await open(`/p/${doc.points[0]}`);
  const details = page.locator(`#point-${doc.points[0]} details.document`);
  assert.equal(await details.count(), 1);
  await details.locator("summary").click();
  assert.equal(await details.locator("ul:not(.sources) li").count(), doc.provisions.length);
  assert.equal(await details.locator(".sources li").count(), doc.sources.length);
  const others = DATA.points.filter((p) => !doc.points.includes(p.number)).map((p) => p.number);
  assert.equal(await page.locator(`#point-${others[0]} details.document`).count(), 0);
  await page.closeAll();
});
