// Accessibility gate: axe-core finds no violation on the main views, at phone and desktop
// widths, in light and dark colour schemes; reduced motion turns smooth scrolling off.

import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, axeViolations, PHONE, DESKTOP, useSite } from "./harness.mjs";

const env = useSite();

const PAGES = ["/", "/p/21", "/timeline", "/?party=ua,ru&match=all&role=obliged&changed=e3", "/timeline/2025-11-20-28-points-posted-online", "/timeline/after?party=eu", "/balance", "/balance?theme=territory&q=russia"];

for (const [width, viewport] of [["360 px", PHONE], ["1280 px", DESKTOP]]) {
  for (const colorScheme of ["light", "dark"]) {
    test(`axe-core: no violations at ${width}, ${colorScheme}`, async () => {
      // bypassCSP only so that axe itself can be injected.
      const context = await env.browser.newContext({ viewport, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      const report = [];
      for (const path of PAGES) {
        await page.goto(env.site.url(path));
        await appReady(page);
        // Open every disclosure so their contents are checked too.
        await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
        for (const v of await axeViolations(page)) report.push(`${path}: ${v}`);
      }
      assert.deepEqual(report, []);
      await context.close();
    });
  }
}

test("reduced motion turns smooth scrolling off; otherwise it is on", async () => {
  for (const [reducedMotion, want] of [["reduce", "auto"], ["no-preference", "smooth"]]) {
    const context = await env.browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(env.site.url("/p/14"));
    await appReady(page);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), want, reducedMotion);
    await context.close();
  }
});
