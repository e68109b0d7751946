// docs/embedding.md's C++ and Node snippets work as written: the first ```cpp block is compiled
// against the native build's libpith_core.a and run; the first ```js block (Node) is run with
// 'pith' resolving to this repository's Node entry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './cli_helpers.mjs';

const DOC = readFileSync(path.join(ROOT, 'docs/embedding.md'), 'utf8');
const block = (lang) => {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(DOC);
  assert.ok(m, `a ${lang} block in docs/embedding.md`);
  return m[1];
};

let tmp;
before(() => { tmp = tempDir('pith-embed-'); });
after(() => tmp.cleanup());

test('the C++ snippet compiles against pith_core and prints the title and the quote', () => {
  const src = path.join(tmp.dir, 'app.cpp');
  const exe = path.join(tmp.dir, 'app');
  writeFileSync(src, block('cpp'));
  execFileSync('g++', ['-std=c++20', '-O0', '-I', path.join(ROOT, 'core/include'), src,
    path.join(ROOT, 'build/native/libpith_core.a'), '-o', exe], { stdio: 'pipe', timeout: 300_000 });
  const out = execFileSync(exe, { encoding: 'utf8' });
  assert.equal(out, 'Harbour Town opens a new ferry line\nEdda Morn: It changes everything for the islands,\n');
});

test('the Node snippet runs', () => {
  const src = path.join(tmp.dir, 'app.mjs');
  const node = pathToFileURL(path.join(ROOT, 'web/lib/node.js')).href;
  writeFileSync(src, block('js').replace("from 'pith'", `from '${node}'`));
  const out = execFileSync(process.execPath, [src], { encoding: 'utf8' });
  assert.equal(out, 'Harbour Town opens a new ferry line\n');
});
