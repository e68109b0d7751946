// web/lib/index.d.ts against real output: the results of the composed golden pages (HTML and
// text) are written as object literals typed with the declared types, next to a typed usage of
// the API, and tsc checks them (strict, exact optional properties). An undeclared field, a
// wrong type or a block kind the union does not cover fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPith } from '../../web/lib/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const USAGE = `
// A typed use of the API: every block kind narrows to its own fields.
function describe(a: Article): string[] {
  return a.blocks.map((b: Block): string => {
    const marks = (b.marks ?? []).map((m: Mark) => (m.kind === 'link' ? m.href ?? '' : m.kind));
    switch (b.kind) {
      case 'paragraph': case 'heading': case 'list-item': case 'blockquote': case 'preformatted':
        return b.text + (b.level ?? 0) + marks.join();
      case 'code': return (b.language ?? '') + b.text;
      case 'caption': return a.blocks[b.figure].kind + (b.credit ? ' credit' : '');
      case 'image': case 'figure':
        return b.images.map((i: Image) => i.src + (i.srcset ?? []).map((c: ImageCandidate) => c.url + c.descriptor).join() + (i.width ?? 0)).join();
      case 'table':
        return b.rows.map((r: TableCell[]) => r.map((c) => a.text.slice(c.start, c.end) + (c.header ? 'h' : '')).join()).join();
      default: { const never: never = b; return never; }
    }
  });
}
async function use(): Promise<void> {
  const pith: Pith = await createPith();
  const a: Article = pith.clean('<p>x</p>', { inputFormat: 'html', url: 'https://example.org/', formats: ['html'] });
  const q: QuoteResult = pith.extractQuotes('"Hi," she said.');
  const v: VersionInfo = pith.version();
  describe(a);
  void q.quotes[0]?.speaker;
  void v.schema;
}
void use;
`;

test('index.d.ts matches real output (tsc on typed literals of golden results)', { timeout: 120_000 }, async () => {
  assert.ok(existsSync(TSC), 'typescript is a devDependency: run npm run setup');
  const pith = await createPith();
  const results = [];
  const html = path.join(ROOT, 'tests', 'golden', 'html');
  for (const slug of readdirSync(html).sort()) {
    const opts = JSON.parse(readFileSync(path.join(html, slug, 'options.json'), 'utf8'));
    results.push(pith.clean(readFileSync(path.join(html, slug, 'input.html'), 'utf8'), { ...opts, formats: ['markdown', 'html'] }));
  }
  const text = path.join(ROOT, 'tests', 'golden', 'text');
  for (const slug of readdirSync(text).sort().slice(0, 6))
    results.push(pith.clean(readFileSync(path.join(text, slug, 'input.txt'), 'utf8'), { inputFormat: 'text' }));
  const kinds = new Set(results.flatMap((r) => r.blocks.map((b) => b.kind)));
  for (const k of ['paragraph', 'heading', 'caption', 'code', 'image', 'figure', 'table'])
    assert.ok(kinds.has(k), `the fixtures produce a ${k} block`);
  const dir = mkdtempSync(path.join(tmpdir(), 'pith-types-'));
  try {
    const lib = path.join(ROOT, 'web', 'lib', 'index.js');
    const file = path.join(dir, 'real-output.ts');
    writeFileSync(file, `import { createPith } from ${JSON.stringify(lib)};
import type { Article, Block, Image, ImageCandidate, Mark, Pith, QuoteResult, TableCell, VersionInfo } from ${JSON.stringify(lib)};
export const results: Article[] = ${JSON.stringify(results, null, 1)};
export const version: VersionInfo = ${JSON.stringify(pith.version())};
export const quotes: QuoteResult = ${JSON.stringify(pith.extractQuotes('"We are open," the harbour master said.'))};
${USAGE}`);
    let out = '';
    try {
      execFileSync(process.execPath, [TSC, '--noEmit', '--strict', '--exactOptionalPropertyTypes', '--target', 'es2022',
        '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', 'false', file], { encoding: 'utf8' });
    } catch (e) {
      out = `${e.stdout}${e.stderr}`;
    }
    assert.equal(out, '', `tsc reported:\n${out.slice(0, 4000)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
