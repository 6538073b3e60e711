// The browser half of a build (./dev's build_dist runs it after cargo has compiled the crate
// to wasm32), in place of a bundler:
// 1. wasm-split (wasm_split_cli_support's CLI) cuts the wasm at its `#[lazy]` functions: the
//    main module, one wasm file per lazy part, and `__wasm_split.js`, the loader that
//    fetches a part the first time its function is called;
// 2. wasm-bindgen (--target web) writes the main module's JS glue;
// 3. wasm-opt -Oz shrinks every wasm file;
// 4. all of it, with the boot script (tools/boot.js), goes into one folder named after a hash
//    of its contents, app-<hash>/: any change gives every file a new address, and the files
//    refer to each other by relative paths, so no file needs rewriting;
// 5. the stylesheet becomes style-<hash>.css, linked with its integrity;
// 6. index.html (the repository's, with its @BASE@ and @APP@) becomes the template the site
//    binary fills with each page.
// The dist folder is emptied first: it holds this build only.
//
// node tools/build-app.mjs <the crate's .wasm> <dist folder> <base path>

import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [input, dist, baseArg = "/"] = process.argv.slice(2);
if (!input || !dist) {
  console.error("usage: node tools/build-app.mjs <crate.wasm> <dist> [base path]");
  process.exit(2);
}
const base = baseArg.endsWith("/") ? baseArg : baseArg + "/";
const NAME = "twenty_eight"; // the glue's module name, which __wasm_split.js imports
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
const hash = (...buffers) => {
  const h = createHash("sha256");
  for (const b of buffers) h.update(b);
  return h.digest("hex").slice(0, 16);
};

const work = mkdtempSync(join(tmpdir(), "twenty-eight-app-"));
try {
  const split = join(work, "split");
  const app = join(work, "app");
  mkdirSync(split);
  mkdirSync(app);
  run("wasm-split-cli", [input, split, "--out-name", NAME]);
  // --keep-lld-exports: the lazy parts import the main module's functions by their exports.
  run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-dir", app, "--out-name", NAME, join(split, `${NAME}.wasm`)]);
  for (const f of readdirSync(split).filter((f) => f !== `${NAME}.wasm`)) copyFileSync(join(split, f), join(app, f));
  copyFileSync("tools/boot.js", join(app, "boot.js"));
  const wasmFiles = readdirSync(app).filter((f) => f.endsWith(".wasm"));
  for (const f of wasmFiles) {
    // The wasm features come from the file's own target_features section (the compiler's).
    run("wasm-opt", ["-Oz", join(app, f), "-o", join(app, f)]);
  }
  const files = readdirSync(app).sort();
  const folder = `app-${hash(...files.flatMap((f) => [f, readFileSync(join(app, f))]))}`;
  // The folder is written anew: a host serves exactly this build.
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  renameSync(app, join(dist, folder));

  const css = readFileSync("style/main.css");
  const style = `style-${hash(css)}.css`;
  writeFileSync(join(dist, style), css);
  const integrity = "sha384-" + createHash("sha384").update(css).digest("base64");

  const at = (f) => `${base}${folder}/${f}`;
  const tags = [
    `<script type="module" src="${at("boot.js")}"></script>`,
    `<link rel="preload" href="${at(`${NAME}.js`)}" as="script" crossorigin fetchpriority="low">`,
    `<link rel="preload" href="${at(`${NAME}_bg.wasm`)}" as="fetch" type="application/wasm" crossorigin fetchpriority="low">`,
    `\n  <link rel="stylesheet" href="${base}${style}" integrity="${integrity}">`,
  ].join("");
  const template = readFileSync("index.html", "utf8");
  if (!template.includes("@BASE@") || !template.includes("@APP@")) throw new Error("index.html lost its @BASE@ or @APP@");
  writeFileSync(join(dist, "index.html"), template.replace("@BASE@", base).replace("@APP@", tags));

  const sizes = wasmFiles.map((f) => `${f} ${readFileSync(join(dist, folder, f)).length} B`).join(", ");
  console.log(`    ${dist}/${folder}/: ${files.length} files (${sizes}); ${style}; index.html`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
