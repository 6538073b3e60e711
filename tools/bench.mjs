// Benchmark: what the first view ships, byte by byte (raw and gzip -9), from dist/.
// Later issues add timings measured in headless Chromium, each as a ratio to a baseline
// measured in the same run.
//
//   ./dev bench          (builds dist/ first)
//   node tools/bench.mjs (uses the dist/ already there)

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = new URL("../dist/", import.meta.url).pathname;

function kind(name) {
  const ext = extname(name);
  return { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html", ".json": "data" }[ext] ?? "other";
}

// The first view: index.html and every asset it loads (scripts, styles, preloads, the wasm).
const index = readFileSync(join(DIST, "index.html"), "utf8");
const referenced = new Set(["index.html"]);
for (const m of index.matchAll(/(?:src|href)="\/?([^"?#]+)"/g)) {
  const path = m[1].replace(/^.*\/(?=[^/]+$)/, "");
  try {
    if (statSync(join(DIST, path)).isFile()) referenced.add(path);
  } catch {}
}
// The data is compiled into the wasm (include_str!), so "data" is part of the wasm's bytes.
const rows = [...referenced].sort().map((name) => {
  const bytes = readFileSync(join(DIST, name));
  return { name, kind: kind(name), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
console.log("First view: shipped bytes (dist/, gzip -9)");
console.log("file".padEnd(44) + "kind".padEnd(7) + "raw".padStart(11) + "gzip".padStart(11));
for (const r of rows) console.log(r.name.padEnd(44) + r.kind.padEnd(7) + kb(r.raw) + kb(r.gzip));
console.log("total".padEnd(51) + kb(total.raw) + kb(total.gzip));
const others = readdirSync(DIST).filter((f) => !referenced.has(f) && statSync(join(DIST, f)).isFile());
if (others.length) console.log(`(not in the first view: ${others.join(", ")})`);
