// The plain-text golden fixtures (tests/golden/text/, format in tests/golden/README.md) through
// the wasm build: the same expectations the native runner checks, so both builds agree, plus
// UTF-16 offsets of blocks and removed entries as JavaScript sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPith } from '../../web/lib/node.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'text');
const ws = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const fixtures = readdirSync(DIR).filter((d) => existsSync(path.join(DIR, d, 'expected.json'))).sort();

test('there are golden fixtures to run', () => {
  assert.ok(fixtures.length >= 30, `found ${fixtures.length}`);
});

for (const slug of fixtures) {
  test(`golden ${slug} (wasm)`, async () => {
    const pith = await createPith();
    const input = readFileSync(path.join(DIR, slug, 'input.txt'), 'utf8');
    const exp = JSON.parse(readFileSync(path.join(DIR, slug, 'expected.json'), 'utf8'));
    const r = pith.clean(input, { inputFormat: 'text' });
    for (const k of ['title', 'subtitle', 'byline', 'published', 'source']) {
      if (k in exp) assert.equal(ws(r[k]), ws(exp[k]), `${k}`);
    }
    const text = ws(r.text);
    for (const s of exp.mustContain ?? []) assert.ok(text.includes(ws(s)), `text contains ${JSON.stringify(s)}`);
    for (const s of exp.mustNotContain ?? []) assert.ok(!text.includes(ws(s)), `text lacks ${JSON.stringify(s)}`);
    for (const want of exp.removed ?? []) {
      const hit = r.removed.find((x) => ws(x.text).includes(ws(want.contains)) && x.reason === want.reason);
      assert.ok(hit, `removed ${JSON.stringify(want.contains)} as ${want.reason}; got ${JSON.stringify(r.removed.map((x) => [x.reason, x.text.slice(0, 40)]))}`);
    }
    if ('blocks' in exp) assert.equal(r.blocks.length, exp.blocks, 'block count');
    if (exp.nothingRemoved) assert.deepEqual(r.removed, []);
    if (exp.noEdits) assert.deepEqual(r.edits, []);
    for (const b of r.blocks) assert.equal(r.text.slice(b.start, b.end), b.text, 'block offsets');
    for (const x of r.removed) {
      if (x.start !== undefined) assert.equal(ws(input.slice(x.start, x.end)), ws(x.text), 'removed offsets');
    }
    for (const e of r.edits) {
      if (e.start !== null) assert.equal(r.text.slice(e.start, e.end), e.after, 'edit offsets');
    }
  });
}
