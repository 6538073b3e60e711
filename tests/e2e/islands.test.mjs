// Islands: the only code in the browser. Every island on every kind of page must come alive
// (the boot script marks each one it hydrated with data-live), so a build whose native
// pre-rendering and wasm disagree on an island's name can never ship silently; an island the
// wasm has no code for is an error on the console and stays unmarked.

import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, appReady, DATA, PHONE } from "./harness.mjs";

const env = useSite();

// One filter bar and one records island serve every screen.
const POINTS = ["Nav", "Notices", "Filters", "Records"];
const TIMELINE = POINTS;
const PAGES = [
  ["/", POINTS],
  ["/p/21?party=ua", POINTS],
  ["/no/such/page", POINTS], // 404.html
  ["/timeline", TIMELINE],
  [`/timeline/${DATA.events[7].id}?party=ru`, TIMELINE],
  // The table of who gives and who gains is served by the same islands.
  ["/balance?theme=territory", POINTS],
];

const islands = (page) =>
  page.$$eval("leptos-island", (els) => els.map((el) => ({ name: el.dataset.component, live: el.hasAttribute("data-live") })));

for (const [path, expected] of PAGES) {
  test(`every island on ${path} comes alive`, async () => {
    const page = await env.open(path, { viewport: PHONE });
    const found = await islands(page);
    assert.deepEqual(found.map((i) => i.name.replace(/_\d+$/, "")), expected, "the page's islands, in order");
    for (const i of found) assert.ok(i.live, `${i.name} hydrated`);
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}

test("an island the wasm has no code for is reported, not silently dead", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  // The page as a build whose pre-rendering named an island differently from its wasm.
  await page.route(env.site.url("/"), async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/data-component="Nav_\d+"/, 'data-component="Nav_1"');
    await route.fulfill({ response: res, body: html });
  });
  await page.goto(env.site.url("/"));
  await appReady(page);
  const found = await islands(page);
  assert.deepEqual(found.filter((i) => !i.live).map((i) => i.name), ["Nav_1"]);
  assert.ok(page.problems().some((p) => p.includes("no code for the island Nav_1")), page.problems().join("\n"));
  await page.closeAll();
});

test("the pre-rendered page ships no island props and no serialized data", async () => {
  const html = await (await fetch(env.site.url("/"))).text();
  assert.doesNotMatch(html, /data-props=/, "island props would pull serde_json into the wasm");
  assert.match(html, /<leptos-island data-component="Records_\d+">/);
});
