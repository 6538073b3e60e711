// The bench's anchor: TimelineJS 3.9.11 (npm @knight-lab/timelinejs, in tools/node_modules)
// showing our events of 20 Jan to 21 Nov 2025 (what /timeline shows), as a self-contained
// page directory that the bench serves from localhost with the same server as the app. `timelineJson` turns data/events.json into
// TimelineJS's JSON format (also for an export file); `writeTimelinePage` writes the page.
//
// Nothing is fetched from another origin: `font: null` skips TimelineJS's font stylesheet
// (its default would load Google Fonts through css/fonts/), the English strings are built
// into timeline.js (locale/en.json is copied all the same, in case a build stops carrying
// them), analytics stay off (no ga_measurement_id) and the events carry no media.
//
//   node tools/timelinejs-page.mjs [out-dir]     (default target/timelinejs/)

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";

const ROOT = new URL("..", import.meta.url).pathname;
const require = createRequire(new URL("./package.json", import.meta.url));
// The package's directory in tools/node_modules.
const PKG = dirname(require.resolve("@knight-lab/timelinejs/package.json"));
export const TIMELINEJS_VERSION = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")).version;

// The page's content security policy: ours (index.html) without 'wasm-unsafe-eval', which it
// has no use for. TimelineJS runs under it unrelaxed: it sets styles through element.style
// (which CSP does not restrict), not style attributes or <style> elements, and the page has
// no inline script (init.js creates the timeline). The bench fails on any CSP violation.
export const TIMELINEJS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'";

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// TimelineJS's JSON (https://timeline.knightlab.com/docs/json-format.html) for our events (by
// default those /timeline shows: 20 Jan to 21 Nov 2025, not the part after the release):
// start_date from the ISO date, headline = title, text = summary (TimelineJS reads both as
// HTML, so they are escaped), group = the first party's short name, unique_id = our id.
export function timelineJson({
  events = JSON.parse(readFileSync(join(ROOT, "data/events.json"), "utf8")).filter((e) => e.date <= "2025-11-21"),
  parties = JSON.parse(readFileSync(join(ROOT, "data/parties.json"), "utf8")),
} = {}) {
  const short = Object.fromEntries(parties.map((p) => [p.code, p.short ?? p.name]));
  return {
    events: events.map((e) => {
      const [year, month, day] = e.date.split("-").map(Number);
      const start_date = { year };
      // A month- or year-precise date leaves out what it does not know.
      if (month && e.precision !== "year") start_date.month = month;
      if (day && (e.precision ?? "day") === "day") start_date.day = day;
      const event = { start_date, text: { headline: escapeHtml(e.title), text: escapeHtml(e.summary) }, unique_id: e.id };
      if (e.parties?.length) event.group = short[e.parties[0]] ?? e.parties[0];
      return event;
    }),
  };
}

// The page: index.html, TimelineJS's script, stylesheet and icon font in its own js/ and css/
// layout (its stylesheet finds the font at ../js/../css/icons/), and init.js, which carries
// the data inline (TimelineJS at its best: no extra round trip for the JSON) and creates the
// timeline. init.js also sets User Timing marks on TimelineJS's `ready` and `loaded` events
// ("timelinejs-ready", "timelinejs-loaded") for the bench to read.
export function writeTimelinePage(out = join(ROOT, "target/timelinejs"), { data = timelineJson(), csp = TIMELINEJS_CSP } = {}) {
  rmSync(out, { recursive: true, force: true });
  for (const d of ["js/locale", "css/icons"]) mkdirSync(join(out, d), { recursive: true });
  const copy = (rel) => copyFileSync(join(PKG, "dist", rel), join(out, rel));
  copy("js/timeline.js");
  copy("js/locale/en.json");
  copy("css/timeline.css");
  for (const ext of ["woff2", "woff", "ttf", "eot", "svg"]) copy(`css/icons/tl-icons.${ext}`);
  writeFileSync(join(out, "page.css"), "html, body { height: 100%; margin: 0; }\n#timeline { height: 100%; }\n");
  const options = {
    font: null, // no font stylesheet (the default, "default", loads Google Fonts)
    language: "en",
    hash_bookmark: false,
    ga_measurement_id: null,
  };
  writeFileSync(
    join(out, "init.js"),
    `// TimelineJS ${TIMELINEJS_VERSION} with Twenty-Eight's ${data.events.length} events (written by tools/timelinejs-page.mjs).
const data = ${JSON.stringify(data)};
const options = ${JSON.stringify(options)};
// Absolute, so that anything TimelineJS resolves against it stays on this origin.
options.script_path = new URL("js/", document.baseURI).href;
const timeline = new TL.Timeline("timeline", data, options);
// (TimelineJS fires these after the constructor has returned: it loads its strings first, async.)
timeline.on("ready", () => performance.mark("timelinejs-ready"));
timeline.on("loaded", () => performance.mark("timelinejs-loaded"));
window.timeline = timeline;
`,
  );
  writeFileSync(
    join(out, "index.html"),
    `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <title>TimelineJS ${TIMELINEJS_VERSION}: the ${data.events.length} events of Twenty-Eight</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="css/timeline.css">
  <link rel="stylesheet" href="page.css">
  <script src="js/timeline.js" defer></script>
  <script src="init.js" defer></script>
</head>
<body>
<div id="timeline"></div>
</body>
</html>
`,
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = writeTimelinePage(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`TimelineJS ${TIMELINEJS_VERSION} page written to ${out}`);
}
