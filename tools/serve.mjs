// A small static file server for dist/: serves the site under a base path, falls back to
// index.html for the app's deep paths (/p/12, /timeline/...), sends the same security
// headers a host should, and can log every request (the browser tests read it).
//
//   node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /] [--quiet]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

export function startServer({ dir = "dist", port = 8080, host = "127.0.0.1", base = "/", log = null } = {}) {
  const root = resolve(dir);
  if (!base.startsWith("/")) base = "/" + base;
  if (!base.endsWith("/")) base += "/";

  async function fileFor(urlPath) {
    let rel;
    try {
      rel = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    const full = normalize(join(root, rel));
    if (full !== root && !full.startsWith(root + sep)) return null; // path traversal
    try {
      const s = await stat(full);
      if (s.isFile()) return full;
      if (s.isDirectory()) {
        const index = join(full, "index.html");
        if ((await stat(index).catch(() => null))?.isFile()) return index;
      }
    } catch {}
    return null;
  }

  // Long URLs are part of what the app must survive (tests send 100 KB values): allow 1 MB.
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (log) log({ method: req.method, url: req.url, host: req.headers.host });
    if (!url.pathname.startsWith(base) && url.pathname + "/" !== base) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not under " + base);
      return;
    }
    const rel = url.pathname === base.slice(0, -1) ? "" : url.pathname.slice(base.length);
    let file = await fileFor(rel);
    let status = 200;
    if (!file) {
      // The app handles its own paths: give it the page and let it say what it found.
      file = (await fileFor("404.html")) ?? (await fileFor("index.html"));
      status = file && file.endsWith("404.html") ? 404 : 200;
    }
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const body = await readFile(file);
    res.writeHead(status, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });

  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf("--" + name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const quiet = args.includes("--quiet");
  const base = opt("base", "/");
  const port = Number(opt("port", "8080"));
  const host = opt("host", "127.0.0.1");
  await startServer({
    dir: opt("dir", "dist"),
    port,
    host,
    base,
    log: quiet ? null : (r) => console.log(`${r.method} ${r.url}`),
  });
  console.log(`Serving ${opt("dir", "dist")}/ at http://${host}:${port}${base.endsWith("/") ? base : base + "/"}  (Ctrl-C to stop)`);
}
