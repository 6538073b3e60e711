// A small static file server for dist/: serves the site under a base path, falls back to
// index.html for the app's deep paths (/p/12, /timeline/...), sends the same security
// headers a host should, and can log every request (the browser tests read it). With `gzip`
// (off by default; the bench turns it on) it compresses text-like files as static hosts do.
//
//   node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /] [--gzip] [--quiet]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { gzip as gzipCb, constants as zlib } from "node:zlib";

const gzipAsync = promisify(gzipCb);

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
  ".csv": "text/csv; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
};
// The changes feed is XML of its own kind (sitemap.xml is plain XML).
const FEED_TYPE = "application/atom+xml; charset=utf-8";

// What a static host compresses: text, and wasm (which gzips to about a third).
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".xml", ".txt", ".webmanifest", ".csv", ".bib", ".ris"]);

// Does the request's Accept-Encoding take gzip? ("gzip", "gzip;q=0.5", "*"; not "gzip;q=0".)
function acceptsGzip(header = "") {
  const q = {};
  for (const part of header.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const qv = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name) q[name] = qv ? Number(qv.slice(2)) : 1;
  }
  return "gzip" in q ? q.gzip > 0 : (q["*"] ?? 0) > 0;
}

export function startServer({ dir = "dist", port = 8080, host = "127.0.0.1", base = "/", log = null, gzip = false } = {}) {
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

  // Each file compressed once (gzip -9, as a host that precompresses its files; the same
  // level as the bytes the bench prints), kept while its size and mtime are unchanged.
  const gzipped = new Map();
  async function compressed(file, body) {
    const { size, mtimeMs } = await stat(file);
    const hit = gzipped.get(file);
    if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.body;
    const out = await gzipAsync(body, { level: zlib.Z_BEST_COMPRESSION });
    gzipped.set(file, { size, mtimeMs, body: out });
    return out;
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
    let body = await readFile(file);
    const headers = {
      "content-type": basename(file) === "feed.xml" ? FEED_TYPE : TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    };
    if (gzip && COMPRESSIBLE.has(extname(file))) {
      headers["vary"] = "Accept-Encoding";
      if (acceptsGzip(req.headers["accept-encoding"])) {
        body = await compressed(file, body);
        headers["content-encoding"] = "gzip";
      }
    }
    res.writeHead(status, headers);
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
    gzip: args.includes("--gzip"),
    log: quiet ? null : (r) => console.log(`${r.method} ${r.url}`),
  });
  console.log(`Serving ${opt("dir", "dist")}/ at http://${host}:${port}${base.endsWith("/") ? base : base + "/"}  (Ctrl-C to stop)`);
}
