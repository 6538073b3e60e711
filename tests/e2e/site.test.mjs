// The static site as a host serves it: under a sub-path (/twenty-eight/), by a plain static
// server (real files, 404.html for the rest), with the CSP meta tag in force.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { serve, openPage, appReady, DATA, DIST_SUB, here, untilControlled, useSite } from "./harness.mjs";

const BASE = "/twenty-eight/";
const env = useSite({ base: BASE, dir: DIST_SUB });

test("every generated page loads under the sub-path with no CSP violation or console error", async () => {
  const sitemap = readFileSync(join(DIST_SUB, "sitemap.xml"), "utf8");
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1], "http://x").pathname);
  // The two screens, the timeline after the release, the table of who gives and who gains, a
  // page per point and per event, the comparison and one per point, the positions, the changes
  // log; in English and under uk/ in Ukrainian.
  assert.equal(paths.length, 2 * (7 + 2 * DATA.points.length + DATA.events.length));
  assert.ok(paths.includes(`${BASE}positions`) && paths.includes(`${BASE}uk/positions`));
  assert.ok(paths.includes(`${BASE}changes`) && paths.includes(`${BASE}uk/changes`));
  assert.ok(paths.includes(`${BASE}balance`));
  assert.ok(paths.includes(`${BASE}uk/balance`));
  // A fresh tab every 40 pages: a renderer that has instantiated a few hundred wasm modules in
  // a row runs out of address space for new ones before it collects the old ones.
  const problems = [];
  let page = null;
  for (const [i, path] of paths.entries()) {
    if (i % 40 === 0) {
      if (page) problems.push(...page.problems()), await page.closeAll();
      page = await openPage(env.browser, { origin: env.site.origin });
    }
    assert.ok(path.startsWith(BASE), path);
    const res = await page.goto(env.site.origin + path);
    assert.equal(res.status(), 200, path);
    assert.equal(await page.getAttribute("html", "lang"), path.startsWith(`${BASE}uk/`) ? "uk" : "en", path);
    if (/^\/twenty-eight\/(uk\/)?(versions|positions|changes)/.test(path)) {
      // Nothing moves on the comparison, positions and changes pages: no script, no island,
      // the table, columns or log there.
      assert.equal(await page.locator("script, leptos-island").count(), 0, `${path} ships no code`);
      assert.ok((await page.locator(".versions-table, .compare, ol.changes > li").count()) > 0, `${path} renders its content`);
      continue;
    }
    await appReady(page).catch((e) => assert.fail(`${path} never became live: ${e.message}; ${page.problems().join("; ")}`));
    assert.ok((await page.locator("article.card, article.event, tr.balance-row").count()) > 0, `${path} renders the app`);
    assert.equal(await page.locator("leptos-island[data-live]").count(), 4, `${path}: its 4 islands are live`);
  }
  problems.push(...page.problems());
  assert.deepEqual(problems, [], "no console error, CSP violation or other origin");
  const foreign = env.site.requests.filter((r) => r.host && !r.host.startsWith("127.0.0.1"));
  assert.deepEqual(foreign, [], "the server saw only its own host");
  await page.closeAll();
});

test("every page has a share image: a 1200 × 630 PNG under 100 KB, with alt text and large-card tags", async () => {
  const sitemap = readFileSync(join(DIST_SUB, "sitemap.xml"), "utf8");
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => join(new URL(m[1], "http://x").pathname.slice(BASE.length), "index.html"));
  pages.push("404.html");
  const seen = new Map();
  for (const file of pages) {
    const html = readFileSync(join(DIST_SUB, file), "utf8");
    const meta = (prop) => html.match(new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`))?.[1];
    assert.equal(meta("twitter:card"), "summary_large_image", file);
    const src = meta("og:image");
    assert.match(src ?? "", /^\/twenty-eight\/share\/[a-z0-9-]+-[0-9a-f]{16}\.png$/, `${file}: og:image under the base`);
    assert.equal(meta("twitter:image"), src, file);
    assert.equal(meta("og:image:width"), "1200");
    assert.equal(meta("og:image:height"), "630");
    assert.ok((meta("og:image:alt") ?? "").length > 20, `${file}: alt text`);
    assert.equal(meta("twitter:image:alt"), meta("og:image:alt"));
    const png = readFileSync(join(DIST_SUB, src.slice(BASE.length)));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${src} is a PNG`);
    assert.equal(png.readUInt32BE(16), 1200, `${src} width`);
    assert.equal(png.readUInt32BE(20), 630, `${src} height`);
    assert.ok(png.length < 100_000, `${src}: ${png.length} bytes`);
    if (!seen.has(src)) seen.set(src, file);
  }
  // One image per page (the 404 page shares the home page's).
  assert.equal(seen.size, pages.length - 1, "each page has its own image");
  const p21 = readFileSync(join(DIST_SUB, "p/21/index.html"), "utf8");
  const point = DATA.points.find((x) => x.number === 21);
  assert.ok(p21.includes(`<meta property="og:image:alt" content="Point 21 of 28: ${point.title.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("'", "&#39;")}.`), "point 21's alt names it");
  // The image is served, as a PNG.
  const res = await fetch(env.site.origin + p21.match(/og:image" content="([^"]+)"/)[1]);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "image/png");
});

test("/p/21/ carries point 21's own title, description and share tags, and its pre-rendered card", async () => {
  const html = await (await fetch(env.site.url("/p/21/"))).text();
  const p = DATA.points.find((x) => x.number === 21);
  const attr = (prop) => html.match(new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`))?.[1];
  assert.match(html, /<title>Point 21: /);
  assert.match(attr("og:title"), /^Point 21: /);
  assert.match(attr("twitter:title"), /^Point 21: /);
  assert.ok(attr("description").length > 20);
  assert.equal(attr("og:site_name"), "Twenty-Eight");
  assert.match(html, /<link rel="canonical" href="[^"]*\/twenty-eight\/p\/21">/);
  assert.match(html, /<article id="point-21"[^>]*class="card focused">/, "point 21's card is pre-rendered and marked");
  assert.ok(html.includes(p.summary.slice(0, 30).replaceAll("&", "&amp;").replaceAll("<", "&lt;")), "the page has the summary");
  assert.match(html, /<noscript>.*filters and copy buttons do nothing/);
  assert.match(html, /Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script");
  const page = await openPage(env.browser, { origin: env.site.origin });
  await page.goto(env.site.url("/p/21/"));
  await appReady(page);
  await page.waitForFunction(() => document.activeElement?.id === "point-21");
  assert.equal(await here(page), `${BASE}p/21`);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("an unknown path gets 404.html, the points page, which says what was not found", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  const res = await page.goto(env.site.url("/no/such/page"));
  assert.equal(res.status(), 404);
  await appReady(page);
  assert.match(await page.locator(".notices").textContent(), /no page “no\/such\/page”/);
  assert.equal(await page.locator("article.card").count(), 28);
  const robots = await (await fetch(env.site.url("/robots.txt"))).text();
  assert.match(robots, /Sitemap: /);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

test("after a first visit the app opens and works with the network cut", async () => {
  const page = await openPage(env.browser, { origin: env.site.origin });
  await page.goto(env.site.url("/"));
  await appReady(page);
  await untilControlled(page);
  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator("article.card").count(), 28);
  await page.goto(env.site.url("/timeline/" + DATA.events[3].id));
  await appReady(page);
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${DATA.events[3].id}`);
  await page.getByRole("checkbox", { name: "Russia", exact: true }).check();
  assert.equal(await here(page), `${BASE}timeline/${DATA.events[3].id}?party=ru`);
  await page.context().setOffline(false);
  assert.deepEqual(page.problems().filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED")), []);
  await page.closeAll();
});

// An embed of a point, of an event after the release, and of a Ukrainian point: the record
// without the page chrome; its title link opens the full site (in the record's language) in a
// new tab.
const AFTER = DATA.events.find((e) => e.date > "2025-11-21");
for (const [path, record, full] of [
  ["p/21?embed=1", "#point-21", "p/21"],
  [`timeline/${AFTER.id}?embed=1`, `#event-${AFTER.id}`, `timeline/${AFTER.id}`],
  ["uk/p/21?embed=1", "#point-21", "uk/p/21"],
]) {
  test(`?embed=1 in an iframe: /${path} shows the record without the page chrome; links open the full site in a new tab`, async () => {
    const page = await openPage(env.browser, { origin: env.site.origin });
    await page.goto(env.site.url("/"));
    await appReady(page);
    await page.evaluate((src) => {
      document.body.innerHTML = "";
      const f = document.createElement("iframe");
      f.src = src;
      f.width = "400";
      f.height = "600";
      f.title = "embedded record";
      document.body.append(f);
    }, env.site.url("/" + path));
    const frame = page.frameLocator("iframe");
    await frame.locator("main[data-ready]").waitFor();
    assert.ok(await frame.locator("header.site-header").isHidden(), "no page header");
    assert.ok(await frame.locator("footer.site-footer").isHidden(), "no page footer");
    assert.ok(await frame.locator(record).isVisible());
    assert.equal(await frame.locator("base").getAttribute("target"), "_blank");
    const [popup] = await Promise.all([
      page.context().waitForEvent("page"),
      frame.locator(`${record} :is(.card-title, h3) a`).first().click(),
    ]);
    await popup.waitForLoadState();
    assert.equal(new URL(popup.url()).pathname, `${BASE}${full}`);
    assert.ok(!popup.url().includes("embed"), "the full site, not the embed");
    assert.deepEqual(page.problems(), []);
    await page.closeAll();
  });
}
