// The release build loads in real Chromium, lists the 28 points and logs no error.

import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, openPage, appReady, PHONE, DESKTOP, useSite } from "./harness.mjs";

const env = useSite();

for (const [name, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
  test(`the page lists all 28 points with no console error (${name})`, async () => {
    const page = await openPage(env.browser, { viewport, origin: env.site.origin });
    await page.goto(env.site.url("/"));
    await appReady(page);
    assert.equal(await page.locator(".data-error").count(), 0, "no data error is shown");
    const numbers = await page.locator("article.card .card-number").allTextContents();
    assert.deepEqual(numbers.map((n) => parseInt(n, 10)), Array.from({ length: 28 }, (_, i) => i + 1));
    assert.match(await page.locator("h1").textContent(), /28-point peace plan for Ukraine/);
    assert.match(await page.locator("header").textContent(), /20 November 2025/);
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}
