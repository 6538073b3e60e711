// Trunk post_build hook.
// 1. Strict Content-Security-Policy: Trunk inlines its wasm loader as
//    <script type="module" nonce=...>, which CSP without 'unsafe-inline' refuses. Move every
//    inline script into a content-hashed file beside index.html and drop the build-time nonces
//    (a fixed nonce is no protection anyway).
// 2. Offline: register sw.js from the boot script (the `site` binary writes it once it has
//    rendered every page: src/site/offline.rs).

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
const register = `
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(${JSON.stringify(base + "sw.js")}, { scope: ${JSON.stringify(base)} }).catch(() => {});
}
`;
// The boot script, in place of Trunk's loader:
// - a pre-rendered page in an iframe (?embed=1) hides the page chrome at once; a pre-rendered
//   deep link (/p/21, /timeline/<id>) shows its record at once, before the wasm arrives;
// - paint first: the page is pre-rendered, so the app's code is not needed to read it. The
//   JS glue and the wasm are preloaded from the head (<link rel=preload>: as=script, not
//   modulepreload, which would also compile the glue before the first paint; as=fetch for the
//   wasm; without Trunk's integrity attributes, so that the boot script's own requests take
//   them over), so they download while the page paints: the page's bytes are a
//   few round trips, the app's the bulk of the transfer. Running them waits for the first
//   frame (or 200 ms, for a tab in the background, where frames do not run);
// - then the islands: `start()` reads the page, each <leptos-island> is hydrated by the
//   function the wasm exports under its data-component name (marked data-live once it is),
//   and `live()` applies the URL. An island the wasm has no code for is an error on the
//   console (the browser tests fail on it), never silence.
const boot = (glue, wasm) => `if (new URLSearchParams(location.search).get("embed") === "1") document.documentElement.classList.add("embed");
document.querySelector("article.focused")?.scrollIntoView({ block: "start", behavior: "instant" });
await new Promise((ready) => { requestAnimationFrame(() => setTimeout(ready, 0)); setTimeout(ready, 200); });
const wasm = fetch(${wasm});
const app = await import(${glue});
await app.default({ module_or_path: wasm });
if (app.start()) {
  for (const island of document.querySelectorAll("leptos-island")) {
    const hydrate = app[island.dataset.component];
    if (hydrate) {
      hydrate(island);
      island.dataset.live = "";
    } else {
      console.error("Twenty-Eight: this build has no code for the island " + island.dataset.component);
    }
  }
  app.live();
}
`;
let moved = 0;
let preloads = "";
const replacements = [];
for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
  const attrs = m[1] ?? "";
  if (/\ssrc=/.test(attrs)) continue;
  let code = m[2].trim() + "\n";
  if (moved === 0) {
    // Trunk's loader: replaced by the boot script, then the service worker.
    const glue = code.match(/^import init, \* as bindings from ('[^']+');\n/);
    const wasm = code.match(/module_or_path: ('[^']+')/);
    if (!glue || !wasm) throw new Error("postbuild.mjs: Trunk's loader changed; update the boot script");
    code = boot(glue[1], wasm[1]) + register;
    preloads = `<link rel="preload" href=${glue[1].replaceAll("'", '"')} as="script" crossorigin fetchpriority="low"><link rel="preload" href=${wasm[1].replaceAll("'", '"')} as="fetch" type="application/wasm" crossorigin fetchpriority="low">`;
  }
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const name = `boot-${hash}.js`;
  await writeFile(join(staging, name), code);
  const type = /type="module"/.test(attrs) ? ' type="module"' : "";
  replacements.push([m[0], `<script${type} src="${base}${name}"></script>` + (moved === 0 ? preloads : "")]);
  moved++;
}
// Trunk's own preloads (with integrity attributes that the boot script's requests lack) go.
html = html.replace(/<link rel="preload"[^>]*type="application\/wasm"[^>]*>/, "").replace(/<link rel="modulepreload"[^>]*>/, "");
for (const [from, to] of replacements) html = html.replace(from, to);
html = html.replace(/\snonce="[^"]*"/g, "");
// Trunk writes its stylesheet link as `<link …/>`: a void element's slash means nothing in
// HTML, and the validator (./dev test runs it on every page) warns of it.
html = html.replace(/(<link\b[^>]*?)\s*\/>/g, "$1>");
await writeFile(indexPath, html);

console.log(`postbuild: moved ${moved} inline script(s) into files (the boot script registers sw.js, which the site binary writes once the pages are rendered)`);
