// The engine's wasm memory over many calls (issue 10): a browser never gives wasm memory back,
// so a heap that crept up a little on every call would end as a tab out of memory after a day
// of reading. After one pass over varied pages the memory must stop growing: 10,000 clean()
// and extractQuotes() calls over the golden pages (text and HTML, English and German), each
// call's input made a little different, must leave memoryBytes() where the warm-up left it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPith } from '../../web/lib/node.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/** Every input file under tests/golden/<kind>/<case>/ (input.txt / input.html). */
function goldenInputs() {
  const out = [];
  for (const kind of readdirSync(GOLDEN)) {
    const dir = path.join(GOLDEN, kind);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      const caseDir = path.join(dir, name);
      if (!statSync(caseDir).isDirectory()) continue;
      for (const f of readdirSync(caseDir)) {
        if (f.startsWith('input')) out.push(readFileSync(path.join(caseDir, f), 'utf8'));
      }
    }
  }
  return out;
}

test('memory stops growing: 10,000 calls over varied pages after a warm-up pass', async () => {
  const pith = await createPith();
  const inputs = goldenInputs();
  assert.ok(inputs.length >= 20, `golden inputs found: ${inputs.length}`);
  const call = (i) => {
    const page = inputs[i % inputs.length];
    // A different tail each call: the engine sees new text, not the same bytes again.
    const input = `${page}\n\nNote ${i}: “${'word '.repeat(i % 40)}end,” said Reader ${i % 97}.`;
    const r = i % 5 === 4 ? pith.extractQuotes(input) : pith.clean(input, { formats: ['markdown', 'html'] });
    assert.ok(r.schema >= 1);
  };
  const warm = inputs.length * 3;
  for (let i = 0; i < warm; ++i) call(i);
  const afterWarmUp = pith.memoryBytes();
  for (let i = warm; i < 10000; ++i) call(i);
  const atEnd = pith.memoryBytes();
  assert.ok(afterWarmUp > 0);
  assert.equal(atEnd, afterWarmUp, `memory grew from ${afterWarmUp} to ${atEnd} bytes after the warm-up`);
});
