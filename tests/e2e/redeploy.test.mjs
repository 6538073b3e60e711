// Redeploys: a returning reader whose service worker cached build A, after build B has been
// deployed, gets B's page with B's wasm on the next load (never B's page with A's wasm, which
// would hydrate islands A does not have), and still works offline afterwards.
//
// Build B is build A with a new content-hashed name for its app folder (boot script, JS glue,
// wasm and lazy parts; as a rebuild with any code change gives), every reference rewritten and sw.js written anew by
// the site binary (`site --service-worker`); the test server serves A, then B from the same
// folder.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AFTER_EVENTS, DIST, ROOT, launch, serve, openPage, appReady, here } from "./harness.mjs";

const work = mkdtempSync(join(tmpdir(), "twenty-eight-redeploy-"));
const live = join(work, "site");
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

// B: the app's content-hashed folder renamed ("app-<hash>" -> "app-<hash>b"), the pages'
// references to it rewritten (its files refer to each other by relative paths).
function makeBuildB(dir) {
  const [folder] = readdirSync(dir).filter((f) => /^app-[0-9a-f]{16}$/.test(f));
  const renamed = `${folder}b`;
  renameSync(join(dir, folder), join(dir, renamed));
  for (const file of walk(dir).filter((f) => f.endsWith(".html"))) {
    writeFileSync(file, readFileSync(file, "utf8").replaceAll(`/${folder}/`, `/${renamed}/`));
  }
  execFileSync("cargo", ["run", "--quiet", "--bin", "site", "--", "--service-worker", dir], {
    cwd: ROOT,
    env: { ...process.env, PUBLIC_URL: "/" },
  });
  return [folder, renamed].map((f) => `${f}/twenty_eight_bg.wasm`);
}

let browser, site;
before(async () => {
  cpSync(DIST, live, { recursive: true });
  browser = await launch();
  site = await serve({ dir: live });
});
after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

const controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
    return (await caches.keys()).join(",");
  });

test("after a redeploy the next load runs the new page with the new wasm, and works offline", async () => {
  const page = await openPage(browser, { origin: site.origin });
  const wasmRequests = [];
  page.on("request", (req) => req.url().endsWith("_bg.wasm") && wasmRequests.push(new URL(req.url()).pathname.slice(1)));

  // A first visit: build A's worker takes over and caches A.
  await page.goto(site.url("/"));
  await appReady(page);
  const cacheA = await controlled(page);
  assert.match(cacheA, /^twenty-eight-[0-9a-f]{12}$/);

  // Deploy B over A, as a host does.
  rmSync(live, { recursive: true });
  cpSync(DIST, live, { recursive: true });
  const [wasmA, wasmB] = makeBuildB(live);
  wasmRequests.length = 0;

  // The returning reader: A's worker still controls the page, but the page comes from the
  // network, and with it B's file names.
  await page.reload();
  await appReady(page);
  assert.deepEqual(wasmRequests, [wasmB], `B's wasm, never A's (${wasmA})`);
  assert.equal(await page.locator("leptos-island:not([data-live])").count(), 0, "every island of B hydrated");
  await page.getByLabel("Russia", { exact: true }).check();
  assert.equal(await here(page), "/?party=ru");

  // B's worker installs, takes over and drops A's cache; then B works offline.
  await page.waitForFunction(async (old) => !(await caches.keys()).includes(old), cacheA, { timeout: 10000 });
  await page.context().setOffline(true);
  await page.goto(site.url("/timeline"));
  await appReady(page);
  assert.equal(await page.locator("leptos-island:not([data-live])").count(), 0);
  await page.goto(site.url("/p/4"));
  await appReady(page);
  await page.waitForFunction(() => document.activeElement?.id === "point-4");
  // An event after the release opens on its part's page, focused.
  const later = AFTER_EVENTS[3].id;
  await page.goto(site.url(`/timeline/${later}?party=ua`));
  await appReady(page);
  await page.waitForFunction((id) => document.activeElement?.id === `event-${id}`, later);
  assert.equal(await page.locator("article.event").count(), AFTER_EVENTS.length);
  await page.context().setOffline(false);
  assert.deepEqual(page.problems().filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED")), []);
  await page.closeAll();
});
