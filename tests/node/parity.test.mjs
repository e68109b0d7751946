// The JSON API (wasm, web/lib), the Node CLI (bin/pith.mjs) and the native CLI
// (build/native/pith) give the same result on the composed HTML golden pages and a pasted text:
// same blocks, marks, images, tables, renderings and offsets (timings aside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPith } from '../../web/lib/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NATIVE = path.join(ROOT, 'build', 'native', 'pith');
const NODE_CLI = path.join(ROOT, 'bin', 'pith.mjs');
const HTML = path.join(ROOT, 'tests', 'golden', 'html');

function withoutTiming(r) {
  const { stats, ...rest } = r;
  const { ms, ...s } = stats;
  return { ...rest, stats: s };
}

const cases = readdirSync(HTML).sort().map((slug) => ({
  name: slug,
  file: path.join(HTML, slug, 'input.html'),
  options: JSON.parse(readFileSync(path.join(HTML, slug, 'options.json'), 'utf8')),
}));
cases.push({ name: 'pasted text', file: path.join(ROOT, 'tests', 'golden', 'text', 'en-harbour-bridge', 'input.txt'), options: {} });

for (const c of cases) {
  test(`same result from the JSON API, the Node CLI and the native CLI: ${c.name}`, async () => {
    assert.ok(existsSync(NATIVE), 'the native CLI is built (npm run build)');
    const options = { ...c.options, formats: ['markdown', 'html'] };
    const pith = await createPith();
    const api = { ok: true, ...pith.clean(readFileSync(c.file), options) };
    const args = ['clean', c.file, '--format', 'json', '--options', JSON.stringify(options)];
    const nodeCli = JSON.parse(execFileSync(process.execPath, [NODE_CLI, ...args], { encoding: 'utf8' }));
    const native = JSON.parse(execFileSync(NATIVE, args, { encoding: 'utf8' }));
    assert.deepEqual(withoutTiming(nodeCli), withoutTiming(api), 'Node CLI = JSON API');
    assert.deepEqual(withoutTiming(native), withoutTiming(api), 'native CLI = JSON API');
    // Offsets are UTF-16 for every consumer: marks and cells slice inside their block.
    for (const b of api.blocks) {
      assert.equal(api.text.slice(b.start, b.end), b.text);
      for (const m of b.marks ?? []) assert.ok(b.start <= m.start && m.start < m.end && m.end <= b.end);
      for (const row of b.rows ?? []) for (const cell of row) assert.ok(b.start <= cell.start && cell.end <= b.end);
    }
  });
}

test('marks and table cells are UTF-16 offsets after emoji and CJK text', async () => {
  const pith = await createPith();
  const html = '<!doctype html><html><body><article>' +
    '<p>🌊 The 港口 harbour <a href="/quay">reopened 🚢 today</a>, and <em>every ferry 🛳️</em> left on time, the harbour master said on Tuesday morning.</p>' +
    '<table><tr><th>港口 🚢</th><th>Open</th></tr><tr><td>North 🌊</td><td><a href="/n">yes</a></td></tr></table>' +
    '</article></body></html>';
  const r = pith.clean(html, { url: 'https://harbour.example/news/today.html' });
  const p = r.blocks.find((b) => b.kind === 'paragraph');
  const got = p.marks.map((m) => [m.kind, r.text.slice(m.start, m.end)]);
  assert.deepEqual(got, [['link', 'reopened 🚢 today'], ['emphasis', 'every ferry 🛳️']]);
  assert.equal(p.marks[0].href, 'https://harbour.example/quay');
  const t = r.blocks.find((b) => b.kind === 'table');
  assert.deepEqual(t.rows.map((row) => row.map((c) => r.text.slice(c.start, c.end))), [['港口 🚢', 'Open'], ['North 🌊', 'yes']]);
  assert.equal(r.text.slice(t.marks[0].start, t.marks[0].end), 'yes');
});
