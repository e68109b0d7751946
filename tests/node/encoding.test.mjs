// UTF-16 input through the JavaScript API: the demo's sample as UTF-16LE (with a byte-order
// mark) and UTF-16BE (without one), given as bytes, reads like its UTF-8; offsets into the
// input count UTF-16 code units, byte-order mark included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPith, PithError } from '../../web/lib/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = readFileSync(path.join(ROOT, 'web/demo/sample.txt'), 'utf8');

function utf16(text, { little, bom }) {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (little ? 0 : 1)] = u & 0xff;
    out[2 * i + (little ? 1 : 0)] = u >> 8;
  }
  return out;
}

test('UTF-16LE and UTF-16BE bytes are decoded, not read as UTF-8', async () => {
  const pith = await createPith();
  const base = pith.clean(SAMPLE);
  const baseQuotes = pith.extractQuotes(SAMPLE);
  assert.equal(base.inputEncoding, 'utf-8');
  assert.ok(base.quotes.length >= 20, `${base.quotes.length} quotes in the sample`);
  for (const [little, bom, name] of [[true, true, 'utf-16le'], [false, false, 'utf-16be'], [true, false, 'utf-16le'], [false, true, 'utf-16be']]) {
    const bytes = utf16(SAMPLE, { little, bom });
    const r = pith.clean(bytes);
    assert.equal(r.inputEncoding, name);
    assert.equal(r.text, base.text);
    assert.equal(r.title, base.title);
    assert.deepEqual(r.quotes, base.quotes);
    assert.equal(r.stats.inputBytes, bytes.length);
    // Input offsets index the decoded input, byte-order mark included.
    const decoded = new TextDecoder(name, { ignoreBOM: true }).decode(bytes);
    for (const rem of r.removed) assert.equal(decoded.slice(rem.start, rem.end).replace(/\s+/g, ' ').trim().length > 0, true);
    assert.deepEqual(r.removed.map((x) => x.start), base.removed.map((x) => x.start + (bom ? 1 : 0)));

    const q = pith.extractQuotes(bytes.buffer);
    assert.equal(q.inputEncoding, name);
    assert.equal(q.quotes.length, baseQuotes.quotes.length);
    for (const quote of q.quotes) assert.equal(decoded.slice(quote.start, quote.end), quote.text);
  }
});

test('a UTF-8 byte-order mark changes nothing but the input offsets', async () => {
  const pith = await createPith();
  const base = pith.extractQuotes(SAMPLE);
  const withBom = pith.extractQuotes(`\uFEFF${SAMPLE}`);
  assert.equal(withBom.quotes.length, base.quotes.length);
  withBom.quotes.forEach((q, i) => {
    assert.equal(q.text, base.quotes[i].text);
    assert.equal(q.start, base.quotes[i].start + 1);
  });
  assert.equal(pith.clean(`\uFEFF${SAMPLE}`).text, pith.clean(SAMPLE).text);
});

test('UTF-32 bytes are refused with bad_input', async () => {
  const pith = await createPith();
  const bytes = new Uint8Array([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0, 0x69, 0, 0, 0]);
  assert.throws(() => pith.clean(bytes), (e) => e instanceof PithError && e.code === 'bad_input' && /UTF-32/.test(e.message));
  // The instance keeps working.
  assert.ok(pith.clean(SAMPLE).text.length > 100);
});

// The library writes a string's UTF-8 into the engine's heap in at most two steps: room for one
// byte per UTF-16 unit first, then the rest (web/lib/engine.js, writeInput). Text whose UTF-8 is
// longer than its length (Greek, CJK, emoji) takes the second step, a surrogate pair may sit at
// the seam, and a lone surrogate becomes U+FFFD: the result must equal that of the same text
// given as UTF-8 bytes.
test('strings of multi-byte text give the same result as their UTF-8 bytes', async () => {
  const pith = await createPith();
  const lines = [
    'Η γέφυρα άνοιξε ξανά την Τρίτη μετά από έναν χρόνο επισκευών.',
    '«Είναι μια καλή μέρα για την πόλη», είπε η δήμαρχος Ελένη Κάππα.',
    '橋は火曜日に一年間の修理を経て再開した。市は声明で「安全だ」と述べた。',
    'Ferry 😀 line 🚢 reopened; “We are ready,” said Mara Lind, the harbour master.',
    'Plain ASCII closes the text so that the seam falls somewhere in the middle of it.',
  ];
  for (let n = 0; n < lines.length; n++) {
    const text = [...lines.slice(n), ...lines.slice(0, n)].join('\n\n');
    const fromString = pith.clean(text);
    const fromBytes = pith.clean(new TextEncoder().encode(text));
    delete fromString.stats.ms;
    delete fromBytes.stats.ms;
    assert.deepEqual(fromString, fromBytes);
    assert.equal(fromString.stats.inputBytes, new TextEncoder().encode(text).length);
  }
  const lone = pith.extractQuotes('Émile said: “Stop \uD83D here,” and left. 😀 “Go on,” she said.');
  const fixed = pith.extractQuotes('Émile said: “Stop \uFFFD here,” and left. 😀 “Go on,” she said.');
  assert.deepEqual(lone, fixed);
});
