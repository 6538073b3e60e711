// The first view's shipped bytes stay within the budgets in tests/size-budget.json, for the
// English home page and for the Ukrainian one (its markup is larger: Cyrillic takes two bytes a
// letter), and for every other page type with a budget (`page_gzip_bytes`); and what loads
// lazily stays out of every first view. A size is
// deterministic, so unlike timings it can be a test.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { firstViewBytes, PAGE_TYPES } from "../../tools/first-view.mjs";
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

test("every other page type's first view ships no more than its budget (gzip)", () => {
  const budgets = budget.page_gzip_bytes;
  const files = Object.fromEntries(PAGE_TYPES);
  assert.ok(Object.keys(budgets).length >= 6, "tests/size-budget.json budgets the page types");
  const over = [];
  for (const [address, limit] of Object.entries(budgets)) {
    assert.ok(files[address], `${address} is one of first-view.mjs's PAGE_TYPES`);
    const { total } = firstViewBytes(DIST, files[address]);
    if (total.gzip > limit) over.push(`${address}: ${total.gzip} B gzip, over ${limit} B`);
  }
  assert.deepEqual(over, []);
});

test("the lazy parts are in no page's first view: the downloads' code is a wasm file of its own", () => {
  const { lazy } = firstViewBytes(DIST);
  assert.deepEqual(lazy.map((f) => f.name.split("/").pop()), ["split_downloads.wasm"]);
  for (const [address, file] of PAGE_TYPES) {
    const { files } = firstViewBytes(DIST, file);
    const loaded = files.filter((f) => lazy.some((l) => l.name === f.name));
    assert.deepEqual(loaded, [], `${address} loads a lazy part with the page`);
  }
});

