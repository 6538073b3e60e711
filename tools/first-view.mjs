// What the first view ships: index.html and every file it loads, followed through the scripts
// (the boot script imports the JS glue and fetches the wasm after the first paint), each raw
// and gzip -9, and apart the lazy wasm parts. Shared by the bench and the size-budget test.

import { readFileSync, statSync, existsSync } from "node:fs";
import { basename, join, extname, posix } from "node:path";
import { gzipSync } from "node:zlib";

const KIND = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html", ".json": "data" };

// `page`: the page whose first view is counted, relative to `dir` ("uk/index.html" for the
// Ukrainian home page); the build is at `dir`'s root (base path "/"), and the page's links to
// its files are site-absolute. Returns the files of the first view and, apart, `lazy`: the wasm
// parts the split loader (`__wasm_split.js`) fetches on their first use, never on load.
export function firstViewBytes(dir, page = "index.html") {
  const index = readFileSync(join(dir, page), "utf8");
  const referenced = new Set([page]);
  const lazy = new Set();
  const isFile = (name) => name && existsSync(join(dir, name)) && statSync(join(dir, name)).isFile();
  // What a page links to without loading it: its links (<a>), and the head's links to other
  // documents (its canonical and other-language addresses, the changes feed, an iOS home
  // screen's icon). The web app manifest stays counted: Chromium may fetch it with the page.
  const loaded = index
    .replace(/<a\s[^>]*>/g, "")
    .replace(/<link\s+rel="(?:canonical|alternate|apple-touch-icon)"[^>]*>/g, "");
  for (const m of loaded.matchAll(/(?:src|href)="([^"?#]+)"/g)) {
    const name = m[1].replace(/^\//, "");
    if (isFile(name)) referenced.add(name);
  }
  // Scripts load more: follow every quoted path to a .js or .wasm file of the build, relative
  // to the script ("./x.js") or to the site ("/x.js"). Not the offline worker's list: it
  // fetches its files once the page has loaded.
  const queue = [...referenced].filter((n) => n.endsWith(".js"));
  while (queue.length) {
    const script = queue.pop();
    if (basename(script) === "sw.js") continue;
    const code = readFileSync(join(dir, script), "utf8");
    for (const m of code.matchAll(/["'`]([^"'`\s]+\.(?:js|wasm))["'`]/g)) {
      const name = m[1].startsWith("/") ? m[1].slice(1) : posix.join(posix.dirname(script), m[1]);
      if (!isFile(name) || referenced.has(name)) continue;
      if (basename(script).startsWith("__wasm_split") && name.endsWith(".wasm")) {
        lazy.add(name);
        continue;
      }
      referenced.add(name);
      if (name.endsWith(".js")) queue.push(name);
    }
  }
  const measure = (name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, kind: KIND[extname(name)] ?? "other", raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const files = [...referenced].sort().map(measure);
  const total = files.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { files, total, lazy: [...lazy].sort().map(measure) };
}

// The page types the bench reports and the size test budgets: an address, and its file in
// the build.
export const PAGE_TYPES = [
  ["/", "index.html"],
  ["/p/21", "p/21/index.html"],
  ["/timeline", "timeline/index.html"],
  ["/timeline/after", "timeline/after/index.html"],
  ["/balance", "balance/index.html"],
  ["/versions", "versions/index.html"],
  ["/positions", "positions/index.html"],
  ["/changes", "changes/index.html"],
  ["/uk/", "uk/index.html"],
];

// A first view's bytes by kind of file: html, css, js (the boot script, the JS glue, the
// offline worker), wasm and other (the web app manifest), each raw and gzip.
export function byKind(files) {
  const out = {};
  for (const k of ["html", "css", "js", "wasm", "other"]) out[k] = { raw: 0, gzip: 0 };
  for (const f of files) {
    const k = out[f.kind] ? f.kind : "other";
    out[k].raw += f.raw;
    out[k].gzip += f.gzip;
  }
  return out;
}
