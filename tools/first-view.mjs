// What the first view ships: index.html and every file it references (scripts, styles,
// preloads, the wasm), each raw and gzip -9. Shared by the bench and the size-budget test.

import { readFileSync, statSync, existsSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";

const KIND = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html", ".json": "data" };

export function firstViewBytes(dir) {
  const index = readFileSync(join(dir, "index.html"), "utf8");
  const referenced = new Set(["index.html"]);
  for (const m of index.matchAll(/(?:src|href)="([^"?#]+)"/g)) {
    const name = m[1].split("/").pop();
    if (name && existsSync(join(dir, name)) && statSync(join(dir, name)).isFile()) referenced.add(name);
  }
  const files = [...referenced].sort().map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, kind: KIND[extname(name)] ?? "other", raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = files.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { files, total };
}
