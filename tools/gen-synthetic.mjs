// Writes a synthetic dataset for benchmarks to target/synthetic/: 2,000 points and 5,000
// events that pass the app's validation (built with `--features synthetic`). Deterministic
// (seeded), never shipped.
//
//   node tools/gen-synthetic.mjs [points=2000] [events=5000]
//   node tools/gen-synthetic.mjs broken   the shipped data, deliberately broken in known ways
//                                         (the browser tests check the page names each error)

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const out = root + "target/synthetic/";
mkdirSync(out, { recursive: true });

if (process.argv[2] === "broken") {
  const read = (f) => JSON.parse(readFileSync(root + `data/${f}.json`, "utf8"));
  const pts = read("points"), evs = read("events"), srcs = read("sources");
  pts.find((p) => p.number === 7).parties[0].party = "mars";
  pts.find((p) => p.number === 5).number = 4;
  evs[0].sources = ["no-such-source"];
  srcs[0].url = "http://" + srcs[0].url.slice("https://".length);
  writeFileSync(out + "points.json", JSON.stringify(pts));
  writeFileSync(out + "events.json", JSON.stringify(evs));
  writeFileSync(out + "sources.json", JSON.stringify(srcs));
  writeFileSync(out + "versions.json", JSON.stringify(read("versions")));
  console.log("target/synthetic/: the shipped data with five deliberate errors");
  process.exit(0);
}

const [points = 2000, events = 5000] = process.argv.slice(2).map(Number);

let seed = 28;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const parties = JSON.parse(readFileSync(root + "data/parties.json", "utf8")).map((p) => p.code);
const themes = JSON.parse(readFileSync(root + "data/themes.json", "utf8")).map((t) => t.code);
const roles = ["obliged", "benefits", "named"];
const words = "security guarantee territory sanctions energy grain reconstruction elections amnesty council frozen assets dialogue nuclear plant children prisoners ceasefire".split(" ");
const text = (n) => Array.from({ length: n }, () => pick(words)).join(" ");
const source = { id: "synthetic", outlet: "Synthetic", title: "Generated for benchmarks", date: "2025-11-20", url: "https://example.org/synthetic" };

const pts = Array.from({ length: points }, (_, i) => {
  const ps = parties.filter(() => rand() < 0.45);
  if (ps.length === 0) ps.push(pick(parties));
  return {
    number: i + 1,
    title: `Synthetic point ${i + 1}: ${text(3)}`,
    summary: text(30),
    subpoints: rand() < 0.3 ? [{ label: "a", text: text(12) }, { label: "b", text: text(12) }] : [],
    themes: [...new Set([pick(themes), pick(themes)])],
    parties: ps.map((party) => ({ party, role: pick(roles) })),
    status: "leaked",
    sources: ["synthetic"],
  };
});

const start = Date.UTC(2025, 0, 20), end = Date.UTC(2025, 10, 21);
const evs = Array.from({ length: events }, () => start + Math.floor(rand() * ((end - start) / 86400000 + 1)) * 86400000)
  .sort((a, b) => a - b)
  .map((t, i) => {
    const date = new Date(t).toISOString().slice(0, 10);
    const ps = parties.filter(() => rand() < 0.4);
    if (ps.length === 0) ps.push(pick(parties));
    return {
      id: `${date}-synthetic-${i}`, date, precision: "day", kind: "talks",
      title: `Synthetic event ${i}`, summary: text(25), parties: ps,
      points: [1 + Math.floor(rand() * points)], status: "reported", sources: ["synthetic"],
    };
  });

writeFileSync(out + "points.json", JSON.stringify(pts));
writeFileSync(out + "events.json", JSON.stringify(evs));
writeFileSync(out + "sources.json", JSON.stringify([source]));
writeFileSync(out + "versions.json", "[]");
console.log(`target/synthetic/: ${pts.length} points, ${evs.length} events`);
