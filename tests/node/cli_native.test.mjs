// The native CLI (build/native/pith, core/cli/) against the Node CLI (bin/pith.mjs): the same
// --help, the same usage errors and exit codes, the same bytes for every format, the same
// files under --out, and the same HTML detection in `pith quotes` (bin/cli/sniff.mjs mirrors
// core/src/input/sniff.cpp). Results differ only in stats.ms and version().build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { looksLikeHtml } from '../../bin/cli/sniff.mjs';
import { ARTICLE, NATIVE_CLI, page, runCli, tempDir, writeTree } from './cli_helpers.mjs';

let tmp, dir;
before(() => {
  tmp = tempDir('pith-cli-native-');
  dir = tmp.dir;
  writeTree(dir, {
    'in/article.txt': ARTICLE,
    'in/page.html': page(),
    'in/sub/other.htm': page({ title: 'Night ferry stays', speaker: 'Rui Vale' }),
    'in/big.txt': `Big\n\n${'The quay was busy. '.repeat(400)}`,
  });
});
after(() => tmp.cleanup());

const both = (args, opts = {}) => [runCli(args, opts), runCli(args, { ...opts, cli: NATIVE_CLI })];
const noMs = (s) => s.replace(/"ms":[\d.e+-]+/g, '"ms":0');

test('the same --help texts (the native one adds its evaluation commands)', () => {
  const [node, native] = both(['--help']);
  assert.equal(native.code, 0);
  assert.ok(native.stdout.startsWith(node.stdout), 'native --help begins with the Node CLI\'s text');
  assert.match(native.stdout.slice(node.stdout.length), /^\nNative CLI only[^\n]*\n {2}pith batch-clean /);
  for (const cmd of ['clean', 'quotes']) {
    const [a, b] = both([cmd, '--help']);
    assert.equal(b.stdout, a.stdout, `${cmd} --help`);
    assert.equal(b.code, 0);
  }
});

test('the same usage errors, exit code 2', () => {
  for (const args of [[], ['nope'], ['clean'], ['clean', 'x', '--colour'], ['clean', 'x', '--jobs', 'many'],
    ['clean', 'x', '--format', 'pdf'], ['quotes', 'x', '--no-quotes'], ['clean', '-', '-'], ['clean', 'x', '--options', '{'],
    ['clean', path.join(dir, 'in/article.txt'), path.join(dir, 'in/page.html')], ['help', 'nope']]) {
    const [a, b] = both(args, { input: '' });
    assert.equal(b.code, 2, args.join(' '));
    assert.equal(a.code, 2, args.join(' '));
    assert.equal(b.stderr, a.stderr, args.join(' '));
  }
  // Bad option values are found by the engine before any input is read: same code, wording may differ.
  const [a, b] = both(['clean', path.join(dir, 'in/article.txt'), '--options', '{"inputFormat":"pdf"}']);
  assert.equal(a.code, 2);
  assert.equal(b.code, 2);
  assert.match(b.stderr, /inputFormat/);
});

test('the same bytes for every format of clean and quotes, files and standard input', () => {
  for (const cmd of ['clean', 'quotes']) {
    for (const file of ['in/article.txt', 'in/page.html']) {
      for (const format of ['json', 'text', 'markdown', 'html', 'jsonl']) {
        const [a, b] = both([cmd, path.join(dir, file), '--format', format]);
        assert.equal(b.code, 0, `${cmd} ${file} ${format}: ${b.stderr}`);
        assert.equal(noMs(b.stdout), noMs(a.stdout), `${cmd} ${file} --format ${format}`);
      }
    }
  }
  const [a, b] = both(['clean', '-', '--no-repairs', '--url', 'https://coast.example/x/'], { input: page() });
  assert.equal(noMs(b.stdout), noMs(a.stdout));
});

test('the same inputs, order and failures for folders, globs, jsonl and --out', () => {
  const args = ['quotes', path.join(dir, 'in'), path.join(dir, 'in/*.{txt,html}'), path.join(dir, 'missing.txt'),
    '--format', 'jsonl', '--max-input-bytes', '4K', '-q'];
  const [a, b] = both(args);
  assert.equal(a.code, 1);
  assert.equal(b.code, 1);
  assert.equal(noMs(b.stdout), noMs(a.stdout));
  assert.equal(b.stderr, a.stderr, 'with --quiet only the failures: the same lines');
  assert.equal(a.stdout.trim().split('\n').length, 8);  // 4 in the folder, 3 by the glob, 1 missing

  const [c, d] = [runCli(['clean', path.join(dir, 'in'), '--out', path.join(dir, 'o-node'), '-f', 'markdown']),
    runCli(['clean', path.join(dir, 'in'), '--out', path.join(dir, 'o-native'), '-f', 'markdown'], { cli: NATIVE_CLI })];
  assert.equal(c.code, 0);
  assert.equal(d.code, 0);
  const list = (root) => readdirSync(root, { recursive: true }).map(String).sort();
  assert.deepEqual(list(path.join(dir, 'o-native')), list(path.join(dir, 'o-node')));
  for (const f of list(path.join(dir, 'o-node')).filter((x) => x.endsWith('.md'))) {
    assert.equal(readFileSync(path.join(dir, 'o-native', f), 'utf8'), readFileSync(path.join(dir, 'o-node', f), 'utf8'), f);
  }
  assert.match(d.stderr, /^pith: 4 ok, 0 failed \(4 inputs, [\d.]+ MB in [\d.]+ s, \d+ jobs?\)\n$/);
});

test('URLs are the Node CLI\'s: the native CLI fails them as inputs, with a pointer', () => {
  const r = runCli(['clean', 'https://example.org/story.html'], { cli: NATIVE_CLI });
  assert.equal(r.code, 1);
  assert.equal(JSON.parse(r.stdout).error.code, 'url_unsupported');
  assert.match(r.stderr, /use the Node CLI/);
});

test('pith quotes decides "is it HTML?" the same way in both CLIs', () => {
  const inputs = ['<!DOCTYPE html><p>x</p>', '\uFEFF  <html>', '<!-- saved --> <!-- twice -->\n<body>', '<p>fragment</p>',
    '<P class=a>', '<div>', 'How to write <p> tags\n\n<p> is a paragraph', '<3 hearts', '<!-- never closed <html>',
    `${'<!-- c -->'.repeat(17)}<html>`, '', '<section id=s>', '<?xml version="1.0"?><html>', '<pre>code</pre>'];
  for (const input of inputs) {
    const bytes = new TextEncoder().encode(input);
    const [a, b] = both(['quotes', '-', '--format', 'jsonl'], { input: Buffer.from(bytes) });
    const asHtml = (r) => 'text' in JSON.parse(r.stdout);  // HTML: the quotes of the cleaned article, with its text
    assert.equal(asHtml(a), looksLikeHtml(bytes), `Node CLI on ${JSON.stringify(input)}`);
    assert.equal(asHtml(b), asHtml(a), `native CLI on ${JSON.stringify(input)}`);
  }
});
