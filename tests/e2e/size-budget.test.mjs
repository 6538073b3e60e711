// The first view's shipped bytes stay within the budgets in tests/size-budget.json, for the
// English home page and for the Ukrainian one (its markup is larger: Cyrillic takes two bytes a
// letter). A size is deterministic, so unlike timings it can be a test.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { firstViewBytes } from "../../tools/first-view.mjs";
import { ROOT, DIST } from "./harness.mjs";

const budget = JSON.parse(readFileSync(join(ROOT, "tests/size-budget.json"), "utf8"));

for (const [page, key] of [["index.html", "first_view_gzip_bytes"], ["uk/index.html", "uk_first_view_gzip_bytes"]]) {
  test(`the first view of ${page} ships no more than its size budget (gzip)`, () => {
    assert.ok(Number.isInteger(budget[key]), `tests/size-budget.json has ${key}`);
    const { files, total } = firstViewBytes(DIST, page);
    const kinds = new Set(files.map((f) => f.kind));
    for (const k of ["html", "js", "wasm", "css"]) assert.ok(kinds.has(k), `the first view includes its ${k}`);
    const list = files.map((f) => `${f.name}: ${f.gzip} B`).join(", ");
    assert.ok(total.gzip <= budget[key], `${page}: first view is ${total.gzip} B gzip, over the budget of ${budget[key]} B (${list})`);
  });
}
