// "Cite" copies a plain-text citation of a point or an event: the record, its main source
// (outlet and date), its own address on the site and the day it was read.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appReady, openPage, AFTER_EVENTS, DATA, ROOT, useSite } from "./harness.mjs";

const env = useSite();
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const short = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const today = () => {
  const d = new Date();
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
};
const mainSource = (record) => DATA.sources.find((s) => s.id === record.sources[0]);

test("Cite on a point copies its citation, with its own address (not the filters) and today's date", async () => {
  const page = await env.open("/?party=ua");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.origin });
  const point = DATA.points.find((p) => p.number === 21);
  const button = page.locator("#point-21").getByRole("button", { name: "Cite point 21" });
  await button.click();
  await page.getByRole("status").filter({ hasText: "Citation copied" }).waitFor();
  assert.equal(await button.textContent(), "Citation copied");
  const source = mainSource(point);
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    `“${point.title}”, point 21 of the US 28-point peace plan (${point.status} text, 20 Nov 2025). ` +
      `Main source: ${source.outlet}, ${short(source.date)}. Twenty-Eight, ${env.site.origin}/p/21. Accessed ${today()}.`,
  );
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("Cite on an event after the release, from the keyboard, and by hand where the clipboard is refused", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  const event = AFTER_EVENTS[0];
  await page.goto(env.site.url(`/timeline/${event.id}`));
  await appReady(page);
  await page.locator(`#event-${event.id}`).getByRole("button", { name: `Cite this event: ${event.title}` }).focus();
  await page.keyboard.press("Enter");
  const input = page.locator(`#event-${event.id} .copy-fallback input`);
  await input.waitFor();
  assert.match(await page.locator(`#event-${event.id} .copy-fallback`).textContent(), /^Copy this citation: /);
  const text = await input.inputValue();
  assert.ok(text.startsWith(`“${event.title}”, `), text);
  assert.ok(text.includes(`Main source: ${mainSource(event).outlet}, ${short(mainSource(event).date)}.`), text);
  assert.ok(text.endsWith(`Twenty-Eight, ${env.site.origin}/timeline/${event.id}. Accessed ${today()}.`), text);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "INPUT", "the citation is selected, ready to copy");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("Cite on a Ukrainian page copies the citation in Ukrainian: «title», Ukrainian dates, its Ukrainian address", async () => {
  const UK_MONTHS = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."];
  const ukShort = (y, m, d) => `${d} ${UK_MONTHS[m - 1]} ${y}`;
  const page = await env.open("/uk/?party=ua");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.origin });
  const uk = JSON.parse(readFileSync(join(ROOT, "data/points.uk.json"), "utf8"))["21"];
  const button = page.locator("#point-21").getByRole("button", { name: "Цитувати пункт 21" });
  await button.click();
  await page.getByRole("status").filter({ hasText: "Посилання для цитування скопійовано" }).waitFor();
  assert.equal(await button.textContent(), "Посилання для цитування скопійовано");
  const source = mainSource(DATA.points.find((p) => p.number === 21));
  const [y, m, d] = source.date.split("-").map(Number);
  const now = new Date();
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    `«${uk.title.replaceAll("«", "„").replaceAll("»", "“")}», пункт 21 мирного плану США із 28 пунктів (злитий текст, 20 лист. 2025). ` +
      `Основне джерело: ${source.outlet}, ${ukShort(y, m, d)}. Двадцять вісім, ${env.site.origin}/uk/p/21 ` +
      `(дата звернення: ${ukShort(now.getFullYear(), now.getMonth() + 1, now.getDate())}).`,
  );
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});
