import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";

import { canonical, checkRecords, pythonJsonString, recordHash } from "../src/chain.js";

// json.dumps(["é 💥 \u2028", "a\"b\\\n\u0001\u007f"], separators=(",", ":"), ensure_ascii=True) in Python:
const PYTHON = '["\\u00e9 \\ud83d\\udca5 \\u2028","a\\"b\\\\\\n\\u0001\\u007f"]';

test("strings are written as Python's json.dumps(ensure_ascii=True) writes them", () => {
  assert.equal(`[${["é 💥 \u2028", 'a"b\\\n\u0001\u007f'].map(pythonJsonString).join(",")}]`, PYTHON);
});

const base = {
  sequence: 2n,
  time: 1_790_000_000_123_456n,
  principal: "ana",
  method: "/regserver.v1.ModelRegistry/SetAlias",
  resource: "model_name=fraud,alias=champion",
  modelName: "fraud",
  requestId: "r1",
  code: "OK",
  requestJson: '{"modelName":"fraud"}',
  beforeJson: "",
  afterJson: "{}",
  previousHash: "ab".repeat(32),
};

test("a record hashes to the SHA-256 of its canonical encoding", async () => {
  const expected = createHash("sha256").update(canonical(base)).digest("hex");
  assert.equal(await recordHash(base), expected);
  assert.ok(canonical(base).startsWith('[2,1790000000123456,"ana",'));
});

test("an altered record and a broken link are each named", async () => {
  const first = { ...base, sequence: 1n, previousHash: "" };
  const firstHash = await recordHash(first);
  const second = { ...base, previousHash: firstHash };
  const good = [{ ...first, hash: firstHash }, { ...second, hash: await recordHash(second) }];
  assert.deepEqual(await checkRecords(good), ["ok", "ok"]);
  assert.deepEqual(await checkRecords([good[0]!, { ...good[1]!, code: "PERMISSION_DENIED" }]), ["ok", "altered"]);
  const relinked = { ...second, previousHash: "cd".repeat(32) };
  assert.deepEqual(await checkRecords([good[0]!, { ...relinked, hash: await recordHash(relinked) }]), ["ok", "unlinked"]);
  assert.deepEqual(await checkRecords([good[1]!]), ["ok"]); // its predecessor is not listed: nothing to link
});
