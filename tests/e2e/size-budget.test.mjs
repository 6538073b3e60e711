// The first view's shipped bytes stay within the budget in tests/size-budget.json (a size
// is deterministic, so unlike timings it can be a test).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { firstViewBytes } from "../../tools/first-view.mjs";
import { ROOT, DIST } from "./harness.mjs";

test("the first view ships no more than the size budget (gzip)", () => {
  const budget = JSON.parse(readFileSync(join(ROOT, "tests/size-budget.json"), "utf8"));
  const { files, total } = firstViewBytes(DIST);
  const kinds = new Set(files.map((f) => f.kind));
  for (const k of ["html", "js", "wasm", "css"]) assert.ok(kinds.has(k), `the first view includes its ${k}`);
  const list = files.map((f) => `${f.name}: ${f.gzip} B`).join(", ");
  assert.ok(total.gzip <= budget.first_view_gzip_bytes, `first view is ${total.gzip} B gzip, over the budget of ${budget.first_view_gzip_bytes} B (${list})`);
});
