// Benchmark. Prints (1) the first view's shipped bytes, raw and gzip -9, from dist/; and
// (2) the time a filter change takes to reach the DOM, at 28 points (dist/) and at 2,000
// points / 5,000 events (target/bench-dist/, built with --features synthetic), each the
// median of repeated runs in one headless Chromium session, with a same-run baseline: plain
// JS toggling `hidden` on the same cards (the floor any implementation pays).
//
//   ./dev bench                 (builds both sites first)
//   node tools/bench.mjs [--bytes-only]

import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
const BENCH_DIST = join(ROOT, "target/bench-dist");
const RUNS = Number(process.env.BENCH_RUNS ?? 21);

function kind(name) {
  return { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html", ".json": "data" }[extname(name)] ?? "other";
}

function firstViewBytes(dir) {
  const index = readFileSync(join(dir, "index.html"), "utf8");
  const referenced = new Set(["index.html"]);
  for (const m of index.matchAll(/(?:src|href)="([^"?#]+)"/g)) {
    const name = m[1].split("/").pop();
    if (name && existsSync(join(dir, name)) && statSync(join(dir, name)).isFile()) referenced.add(name);
  }
  return [...referenced].sort().map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, kind: kind(name), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
const rows = firstViewBytes(DIST);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log("\nFirst view: shipped bytes (dist/; the data is compiled into the wasm)");
console.log("file".padEnd(44) + "kind".padEnd(7) + "raw".padStart(11) + "gzip".padStart(11));
for (const r of rows) console.log(r.name.padEnd(44) + r.kind.padEnd(7) + kb(r.raw) + kb(r.gzip));
console.log("total".padEnd(51) + kb(total.raw) + kb(total.gzip));
const dataRaw = ["parties", "themes", "sources", "points", "events", "documents"]
  .map((f) => readFileSync(join(ROOT, "data", f + ".json")))
  .reduce((t, b) => ({ raw: t.raw + b.length, gzip: t.gzip + gzipSync(b, { level: 9 }).length }), { raw: 0, gzip: 0 });
console.log(`(of which data/*.json, inside the wasm: ${kb(dataRaw.raw).trim()} raw, ${kb(dataRaw.gzip).trim()} gzip on its own)`);

if (process.argv.includes("--bytes-only")) process.exit(0);

const { launch, openPage } = await import("../tests/e2e/harness.mjs");
const { startServer } = await import("./serve.mjs");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// In the page: time from a click on a party checkbox until the app's DOM updates are done
// (all microtask-scheduled effects have run: we wait for the next task), then the same with
// a forced style+layout. Alternates the checkbox so every run changes the result.
async function filterTimings(page, runs) {
  return page.evaluate(async (runs) => {
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const box = document.querySelector('input[name="party"][value="ua"]');
    const dom = [], layout = [];
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      box.click();
      await nextTask();
      const t1 = performance.now();
      document.body.offsetHeight;
      const t2 = performance.now();
      if (i >= 2) { dom.push(t1 - t0); layout.push(t2 - t0); }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { dom, layout };
  }, runs);
}

// Baseline: the same cards, toggled by hand-written JS with no framework.
async function baselineTimings(page, runs) {
  return page.evaluate(async (runs) => {
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const cards = [...document.querySelectorAll("li.card-item")];
    const flags = cards.map((_, i) => i % 3 === 0);
    const dom = [], layout = [];
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      const on = i % 2 === 0;
      for (let k = 0; k < cards.length; k++) cards[k].hidden = on ? !flags[k] : false;
      await nextTask();
      const t1 = performance.now();
      document.body.offsetHeight;
      const t2 = performance.now();
      if (i >= 2) { dom.push(t1 - t0); layout.push(t2 - t0); }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { dom, layout };
  }, runs);
}

const browser = await launch();
const results = [];
for (const [label, dir] of [["28 points (shipped data)", DIST], ["2,000 points, 5,000 events (synthetic)", BENCH_DIST]]) {
  if (!existsSync(join(dir, "index.html"))) {
    console.log(`\n(skipping ${label}: ${dir} not built; ./dev bench builds it)`);
    continue;
  }
  const server = await startServer({ dir, port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await openPage(browser, { origin });
  await page.goto(origin + "/");
  await page.waitForSelector("main[data-ready] li.card-item");
  const app = await filterTimings(page, RUNS);
  const base = await baselineTimings(page, RUNS);
  results.push({ label, cards: await page.locator("li.card-item").count(), app, base });
  await page.closeAll();
  await new Promise((r) => server.close(r));
}
await browser.close();

const ms = (x) => x.toFixed(2).padStart(8) + " ms";
console.log(`\nFilter change → DOM (median of ${RUNS}, one Chromium session; baseline: plain JS toggling the same cards)`);
console.log("dataset".padEnd(40) + "app DOM".padStart(11) + "+layout".padStart(11) + "baseline".padStart(11) + "ratio".padStart(8) + "  target");
for (const r of results) {
  const a = median(r.app.dom), l = median(r.app.layout), b = median(r.base.dom);
  const target = r.cards <= 28 ? 16 : 50;
  console.log(r.label.padEnd(40) + ms(a) + ms(l) + ms(b) + (a / Math.max(b, 0.01)).toFixed(1).padStart(7) + "x" + `  ≤ ${target} ms: ${l <= target ? "met" : "MISSED"}`);
}
