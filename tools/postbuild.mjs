// Trunk post_build hook: make the page work under a strict Content-Security-Policy.
// Trunk inlines its wasm loader as <script type="module" nonce=...>; CSP without
// 'unsafe-inline' refuses it. Move every inline script into a content-hashed file beside
// index.html and drop the build-time nonces (a fixed nonce is no protection anyway).

import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("postbuild.mjs: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
let base = process.env.TRUNK_PUBLIC_URL || "/";
if (!base.endsWith("/")) base += "/";

const indexPath = join(staging, "index.html");
let html = await readFile(indexPath, "utf8");
let moved = 0;
const inline = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
const out = [];
for (const m of html.matchAll(inline)) {
  const attrs = m[1] ?? "";
  if (/\ssrc=/.test(attrs)) continue;
  const code = m[2];
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const name = `boot-${hash}.js`;
  await writeFile(join(staging, name), code.trim() + "\n");
  const type = /type="module"/.test(attrs) ? ' type="module"' : "";
  out.push([m[0], `<script${type} src="${base}${name}"></script>`]);
  moved++;
}
for (const [from, to] of out) html = html.replace(from, to);
html = html.replace(/\snonce="[^"]*"/g, "");
await writeFile(indexPath, html);
console.log(`postbuild: moved ${moved} inline script(s) into files; index.html has no inline script`);
