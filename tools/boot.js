// The boot script: the one script a page with islands loads (tools/build-app.mjs copies it
// into the build's app-<hash>/ folder, beside the JS glue and the wasm it starts).
// - A pre-rendered page in an iframe (?embed=1) hides the page chrome at once; a pre-rendered
//   deep link (/p/21, /timeline/<id>) shows its record at once, before the wasm arrives.
// - Paint first: the page is pre-rendered, so the app's code is not needed to read it. The
//   JS glue and the wasm are preloaded from the head (<link rel=preload>, low priority), so
//   they download while the page paints; running them waits for the first frame (or 200 ms,
//   for a tab in the background, where frames do not run).
// - Then the islands: `start()` reads the page, each <leptos-island> is hydrated by the
//   function the wasm exports under its data-component name (marked data-live once it is),
//   and `live()` applies the URL. An island the wasm has no code for is an error on the
//   console (the browser tests fail on it), never silence.
// - The parts few readers use (the downloads, see ARCHITECTURE.md) are wasm files of their
//   own, which the JS glue's loader (__wasm_split.js) fetches on their first use.
// - Last, the offline worker (sw.js, at the site's base: this folder's parent).
if (new URLSearchParams(location.search).get("embed") === "1") document.documentElement.classList.add("embed");
document.querySelector("article.focused")?.scrollIntoView({ block: "start", behavior: "instant" });
await new Promise((ready) => {
  requestAnimationFrame(() => setTimeout(ready, 0));
  setTimeout(ready, 200);
});
const wasm = fetch(new URL("./twenty_eight_bg.wasm", import.meta.url));
const app = await import("./twenty_eight.js");
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
if ("serviceWorker" in navigator) {
  const worker = new URL("../sw.js", import.meta.url);
  navigator.serviceWorker.register(worker, { scope: new URL("./", worker).pathname }).catch(() => {});
}
