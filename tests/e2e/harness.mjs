// Shared set-up for the browser tests: serve dist/ on a free localhost port (optionally under
// a base path), start Debian's Chromium through playwright-core (never a downloaded browser),
// and record console errors, page errors and every request to another origin.

import { before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../tools/serve.mjs";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { chromium } = require("playwright-core");

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = join(ROOT, "dist");

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export async function launch() {
  // Playwright gives every launch a fresh temporary profile (the --user-data-dir of
  // TOOLCHAIN.md) and removes it on close.
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export const DIST_SUB = join(ROOT, "target/dist-sub");

export async function serve({ base = "/", dir = DIST } = {}) {
  const requests = [];
  const server = await startServer({ dir, port: 0, base, log: (r) => requests.push(r) });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: (path = "") => origin + base + path.replace(/^\//, ""), requests, close: () => new Promise((ok) => server.close(ok)) };
}

// A page that records what went wrong. `problems()` lists console errors, uncaught page
// errors and requests that left the test server's origin.
export async function openPage(browser, { viewport = DESKTOP, origin, colorScheme = "light", reducedMotion = "no-preference", serviceWorkers = "allow" } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, serviceWorkers });
  const page = await context.newPage();
  const problems = [];
  // The documents answered with an error status on purpose: an unknown path gets 404.html,
  // the points page, with status 404, and Chromium logs "Failed to load resource" for it.
  // That one message is allowed; every other failed load (a subresource's HTTP error or a
  // request that failed at the network level) is a problem.
  const errorDocuments = new Set();
  // A request cut off because the page navigated away (net::ERR_ABORTED after a newer
  // main-frame navigation started) is the browser's doing, not a failure of the site.
  let navigations = 0;
  const startedAt = new WeakMap();
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (text.startsWith("Failed to load resource") && errorDocuments.has(msg.location().url)) return;
    problems.push(`console error: ${text}${text.startsWith("Failed to load resource") ? ` (${msg.location().url})` : ""}`);
  });
  page.on("request", (req) => {
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) navigations++;
    startedAt.set(req, navigations);
  });
  page.on("response", (res) => {
    if (res.status() < 400) return;
    if (res.request().resourceType() === "document") errorDocuments.add(res.url());
    else problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on("requestfailed", (req) => {
    const error = req.failure()?.errorText ?? "unknown error";
    if (error === "net::ERR_ABORTED" && startedAt.get(req) !== navigations) return;
    problems.push(`request failed: ${req.url()} (${error})`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = req.url();
    if (origin && !url.startsWith(origin) && !url.startsWith("data:")) problems.push(`request to another origin: ${url}`);
  });
  page.problems = () => problems;
  page.closeAll = () => context.close();
  return page;
}

// Waits until the element is scrolled into the viewport (scrolling may be smooth).
export async function inView(page, selector) {
  await page.waitForFunction((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r && r.top >= -1 && r.top < window.innerHeight - 40;
  }, selector);
}

// Waits until the page is live: every island hydrated and the URL applied (the boot script
// and the wasm set `main[data-ready]`; on a broken-data build, once the wasm has run).
export async function appReady(page) {
  await page.waitForSelector("main[data-ready]", { timeout: 15000 });
}

// Does what loads another page (a link to the other screen, Back to another page) and waits
// until that page is live.
export async function loads(page, action) {
  await Promise.all([page.waitForNavigation({ waitUntil: "domcontentloaded" }), action()]);
  await appReady(page);
}

// The shipped data, for computing what the page should show.
export const DATA = Object.fromEntries(
  ["parties", "themes", "sources", "points", "events", "documents", "versions", "positions"].map((f) => [
    f,
    JSON.parse(readFileSync(join(ROOT, "data", `${f}.json`), "utf8")),
  ]),
);

// The filter semantics of src/filter.rs, restated independently as the tests' oracle.
// A party's latest stated stance on point n (the statements are in date order), or undefined.
export function latestStance(n, party) {
  return DATA.positions.filter((s) => s.party === party && s.points.includes(n)).at(-1)?.stance;
}

export function expectedPoints({ parties = [], match = "any", role = null, theme = null, later = null, stance = null } = {}) {
  // later: { version, outcome }, what that later version did with the point.
  const fate = (p) => DATA.versions.find((v) => v.code === later.version)?.text?.outcomes.find((o) => o.point === p.number)?.outcome;
  // stance: { party, stance }, the party's latest stated stance on the point.
  return DATA.points
    .filter((p) => {
      const roleOf = (code) => p.parties.find((x) => x.party === code)?.role;
      const involves = (code) => roleOf(code) !== undefined && (!role || roleOf(code) === role);
      const partiesOk = parties.length === 0
        ? !role || p.parties.some((x) => x.role === role)
        : match === "all" ? parties.every(involves) : parties.some(involves);
      return partiesOk && (!theme || p.themes.includes(theme)) && (!later || fate(p) === later.outcome)
        && (!stance || latestStance(p.number, stance.party) === stance.stance);
    })
    .map((p) => p.number);
}

// The timeline's two parts, each a page: to 21 Nov 2025 (/timeline) and after (/timeline/after).
export const PLAN_EVENTS = DATA.events.filter((e) => e.date <= "2025-11-21");
export const AFTER_EVENTS = DATA.events.filter((e) => e.date > "2025-11-21");

export function expectedEvents({ parties = [], match = "any", part = "plan" } = {}) {
  return (part === "after" ? AFTER_EVENTS : PLAN_EVENTS)
    .filter((e) => parties.length === 0 || (match === "all" ? parties.every((c) => e.parties.includes(c)) : parties.some((c) => e.parties.includes(c))))
    .map((e) => e.id);
}

// RFC 4180: quoted fields, doubled quotes, CRLF between records.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  assert.equal(field + row.join(""), "", "the file ends with CRLF");
  return rows;
}

// Numbers of the point cards currently shown.
export async function shownPoints(page) {
  return page.$$eval("li.card-item:not([hidden]) article.card", (cards) => cards.map((c) => parseInt(c.id.replace("point-", ""), 10)));
}

export async function shownEvents(page) {
  return page.$$eval(".events li:not([hidden]) article.event", (items) => items.map((e) => e.id.replace(/^event-/, "")));
}

// Path + query of the page, read in the page itself (Playwright's page.url() learns of
// history.replaceState asynchronously).
export function here(page) {
  return page.evaluate(() => location.pathname + location.search);
}

// axe-core's WCAG 2.2 AA and best-practice rules on the page as it is (the page's context
// needs `bypassCSP: true` so that axe can be injected): one line per violation.
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}, ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(" ")}`);
}

export async function noHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

// One browser and one served build for a test file: `const env = useSite({ base, dir })`, then
// `env.browser`, `env.site`, and `env.open(path, pageOptions)` for a page with the app ready.
export function useSite(serveOptions = {}) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.site = await serve(serveOptions);
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  env.open = async (path, pageOptions = {}) => {
    const page = await openPage(env.browser, { origin: env.site.origin, ...pageOptions });
    await page.goto(env.site.url(path));
    await appReady(page);
    return page;
  };
  return env;
}

// Waits until the site's service worker controls the page (after a first visit), so that a
// test can then cut the network.
export async function untilControlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
}
