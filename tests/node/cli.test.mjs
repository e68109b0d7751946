// The Node CLI (bin/pith.mjs) on one input: commands, --help, every output format, every engine
// option's flag, standard input, HTML detection in `pith quotes`, usage errors (exit 2) and
// input errors (exit 1). Batches, globs, progress and URLs: cli_batch.test.mjs; the native CLI
// against this one: cli_native.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FLAGS, REPAIRS, parseArgs } from '../../bin/cli/args.mjs';
import { progressLine, summary } from '../../bin/cli/progress.mjs';
import { ARTICLE, ROOT, TITLE, page, runCli, tempDir, withoutTiming, writeTree } from './cli_helpers.mjs';

let tmp, dir;
before(() => {
  tmp = tempDir();
  dir = tmp.dir;
  writeTree(dir, { 'article.txt': ARTICLE, 'page.html': page(), 'empty.txt': '' });
});
after(() => tmp.cleanup());
const f = (name) => path.join(dir, name);

test('pith --help, pith help CMD and pith CMD --help: usage, examples, exit codes, every listed flag', () => {
  for (const args of [['--help'], ['-h'], ['help']]) {
    const r = runCli(args);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Pith cleans news articles/);
    assert.match(r.stdout, /usage: pith clean INPUT\.\.\. \[flags\]/);
    assert.match(r.stdout, /Examples:\n {2}pith clean article\.txt --format text/);
    assert.match(r.stdout, /Exit codes: 0 every input ok, 1 some inputs failed/);
    assert.equal(r.stderr, '');
  }
  for (const cmd of ['clean', 'quotes']) {
    const a = runCli(['help', cmd]);
    const b = runCli([cmd, '--help']);
    assert.equal(a.code, 0);
    assert.equal(a.stdout, b.stdout);
    assert.match(a.stdout, new RegExp(`^usage: pith ${cmd} INPUT`));
    assert.match(a.stdout, new RegExp(`Examples:\n {2}pith ${cmd} `));
    for (const flag of FLAGS.filter((x) => x.group && (!x.only || x.only === cmd))) {
      assert.ok(a.stdout.includes(flag.name), `${cmd} --help lists ${flag.name}`);
    }
    for (const line of a.stdout.split('\n')) assert.ok(line.length <= 100, `help line under 100 columns: ${line}`);
  }
  assert.doesNotMatch(runCli(['help', 'quotes']).stdout, /--no-quotes/);
});

test('usage errors exit with 2, name the problem and print the usage', () => {
  const cases = [
    [[], 'missing command'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['help', 'frobnicate'], "no help on 'frobnicate'"],
    [['clean'], 'missing INPUT'],
    [['clean', f('article.txt'), '--colour'], "unknown flag '--colour'"],
    [['clean', f('article.txt'), '--format', 'pdf'], "--format must be one of text, markdown, html, json, jsonl, got 'pdf'"],
    [['clean', f('article.txt'), '--format'], '--format needs a value (FORMAT)'],
    [['clean', f('article.txt'), '--jobs', '0'], '--jobs needs a whole number from 1 to 256'],
    [['clean', f('article.txt'), '--max-input-bytes', 'big'], '--max-input-bytes needs a size in bytes'],
    [['clean', f('article.txt'), '--options', '[]'], '--options must be a JSON object'],
    [['clean', f('article.txt'), '--options', '{"inputFormat":"pdf"}'], 'inputFormat'],
    [['clean', f('article.txt'), '--options', '{"colour":true}'], 'colour'],
    [['clean', f('article.txt'), '--max-input-bytes', '2G'], 'maxInputBytes'],
    [['quotes', f('article.txt'), '--no-quotes'], '--no-quotes applies to pith clean only'],
    [['clean', '-', '-'], 'standard input (-) can be read only once'],
    [['clean', f('article.txt'), f('page.html')], '2 inputs: write them with --out DIR, or use --format jsonl'],
    [['clean', f('article.txt'), '--out', f('o'), '--format', 'jsonl'], '--format jsonl writes to standard output'],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args, { input: '' });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.startsWith('pith: '), r.stderr);
    assert.ok(r.stderr.includes(message), `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /usage: pith clean INPUT\.\.\./);
    assert.equal(r.stdout, '');
  }
});

test('pith version: the engine\'s version envelope', () => {
  const r = runCli(['version']);
  assert.equal(r.code, 0);
  const v = JSON.parse(r.stdout);
  assert.equal(v.ok, true);
  assert.equal(v.build, 'wasm');
  assert.equal(typeof v.schema, 'number');
  assert.equal(v.version, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
});

test('pith clean writes json, text, markdown and html', () => {
  const json = runCli(['clean', f('article.txt')]);
  assert.equal(json.code, 0, json.stderr);
  const a = JSON.parse(json.stdout);
  assert.equal(a.ok, true);
  assert.equal(a.title, TITLE);
  assert.equal(a.quotes[0].speaker, 'Edda Morn');
  assert.equal(a.text.slice(a.quotes[0].start, a.quotes[0].end), a.quotes[0].text);
  assert.equal(a.markdown, undefined);

  const text = runCli(['clean', f('article.txt'), '--format', 'text']);
  assert.equal(text.stdout, `${TITLE}\n\n${a.text}\n`);

  const md = runCli(['clean', f('page.html'), '-f', 'markdown']);
  assert.equal(md.code, 0);
  assert.match(md.stdout, new RegExp(`^# ${TITLE}\n`));
  assert.doesNotMatch(md.stdout, /All rights reserved|Sport/);

  const html = runCli(['clean', f('page.html'), '--format=html']);
  assert.match(html.stdout, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Harbour Town opens a new ferry line<\/title>/);
  assert.match(html.stdout, /<article>[\s\S]*forty minutes[\s\S]*<\/article>\n<\/body>\n<\/html>\n$/);
  assert.doesNotMatch(html.stdout, /<script|<nav/);
});

test('standard input (-) is read as bytes, like a file', () => {
  const fromFile = JSON.parse(runCli(['clean', f('article.txt')]).stdout);
  const fromStdin = JSON.parse(runCli(['clean', '-'], { input: ARTICLE }).stdout);
  assert.deepEqual(withoutTiming(fromStdin), withoutTiming(fromFile));
  const invalid = runCli(['clean', '-', '--format', 'text'], { input: Buffer.from([0x41, 0x20, 0xff, 0x42]) });
  assert.equal(invalid.code, 0);
  assert.match(invalid.stdout, /\uFFFD/);
});

test('every engine option of docs/schema.md has a flag, and each flag reaches the engine', () => {
  const schema = readFileSync(path.join(ROOT, 'docs/schema.md'), 'utf8');
  const table = schema.slice(schema.indexOf('## Options'), schema.indexOf('## Errors'));
  const options = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
  assert.ok(options.length >= 6, options.join());
  const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const names = new Set(FLAGS.map((x) => x.name));
  for (const o of options) {
    assert.ok(names.has(`--${kebab(o)}`) || names.has(`--no-${kebab(o)}`), `a flag for the option ${o}`);
  }
  const repairs = /`repairs` \| object of booleans: ([^|]+)\|/.exec(table)[1].match(/`(\w+)`/g).map((s) => s.slice(1, -1));
  for (const r of repairs) assert.ok(names.has(`--no-${kebab(r)}`) && names.has(`--${kebab(r)}`), `flags for repairs.${r}`);

  const clean = (...args) => {
    const r = runCli(['clean', ...args]);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  assert.equal(clean(f('article.txt'), '--no-quotes').quotes.length, 0);
  assert.equal(clean(f('article.txt'), '--no-quotes', '--quotes').quotes.length, 1);
  const both = clean(f('page.html'), '--formats', 'markdown,html');
  assert.equal(typeof both.markdown, 'string');
  assert.equal(typeof both.html, 'string');
  const asText = clean(f('page.html'), '--input-format', 'text');
  assert.match(asText.text, /<p>/);
  const withUrl = runCli(['clean', f('page.html'), '--url', 'https://coast.example/news/ferry.html', '--format', 'markdown']).stdout;
  assert.ok(withUrl.includes('(https://coast.example/news/timetable.html)'), withUrl);
  assert.equal(clean(f('page.html'), '--url', 'https://coast.example/a').url, 'https://coast.example/a');

  const doubled = 'Tide report\n\nThe the boat left the quay at seven on Monday morning with forty people on board and fine weather ahead.';
  const repaired = JSON.parse(runCli(['clean', '-'], { input: doubled }).stdout);
  const kinds = (r) => r.edits.map((e) => e.kind);
  assert.deepEqual(kinds(repaired), ['doubled-word']);
  for (const flags of [['--no-doubled-word'], ['--no-repairs'], ['--options', '{"repairs":{"doubledWord":false}}']]) {
    const kept = JSON.parse(runCli(['clean', '-', ...flags], { input: doubled }).stdout);
    assert.deepEqual(kinds(kept), [], flags.join(' '));
  }
  const back = JSON.parse(runCli(['clean', '-', '--no-repairs', '--doubled-word'], { input: doubled }).stdout);
  assert.deepEqual(kinds(back), ['doubled-word']);

  const small = runCli(['clean', f('article.txt'), '--max-input-bytes', '100']);
  assert.equal(small.code, 1);
  assert.equal(JSON.parse(small.stdout).error.code, 'input_too_large');
  assert.match(small.stderr, /article\.txt: input is \d+ bytes, over the limit of 100 bytes/);
  assert.equal(runCli(['clean', f('article.txt'), '--max-input-bytes', '1K']).code, 0);
});

test('pith quotes: plain text as it is; HTML detected as clean detects it, never its markup', () => {
  const text = JSON.parse(runCli(['quotes', f('article.txt')]).stdout);
  assert.equal(text.ok, true);
  assert.equal(text.quotes.length, 1);
  assert.equal(ARTICLE.slice(text.quotes[0].start, text.quotes[0].end), text.quotes[0].text);
  assert.equal(text.text, undefined);

  const r = runCli(['quotes', f('page.html')]);
  assert.equal(r.code, 0, r.stderr);
  const html = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(html), ['ok', 'schema', 'text', 'quotes', 'speakers']);
  assert.ok(!html.quotes.some((q) => /endif|<|>/.test(q.text)), JSON.stringify(html.quotes));
  assert.equal(html.quotes.length, 1);
  assert.equal(html.quotes[0].speaker, 'Ola Brand');
  assert.equal(html.text.slice(html.quotes[0].start, html.quotes[0].end), html.quotes[0].text);

  // Forced: --input-format text reads the markup as text (the old behaviour, on request).
  const forced = JSON.parse(runCli(['quotes', f('page.html'), '--input-format', 'text']).stdout);
  assert.equal(forced.text, undefined);
  assert.ok(forced.quotes.length > 0);
  for (const q of forced.quotes) assert.equal(page().slice(q.start, q.end), q.text, 'offsets index the markup itself');

  const lines = runCli(['quotes', f('page.html'), '--format', 'text']).stdout;
  assert.equal(lines, 'Ola Brand [direct]: We waited a long time for this boat,\n');
  const md = runCli(['quotes', f('page.html'), '--format', 'markdown']).stdout;
  assert.equal(md, '- **Ola Brand** (direct): We waited a long time for this boat,\n');
  const html2 = runCli(['quotes', f('page.html'), '--format', 'html']).stdout;
  assert.match(html2, /<ul>\n<li><b>Ola Brand<\/b> \(direct\): <q>We waited a long time for this boat,<\/q><\/li>\n<\/ul>/);
});

test('input errors exit with 1: the message on stderr, the error envelope on stdout for json', () => {
  const missing = runCli(['clean', f('nope.txt')]);
  assert.equal(missing.code, 1);
  assert.deepEqual(JSON.parse(missing.stdout), { ok: false, error: { code: 'not_found', message: 'no such file or folder' } });
  assert.equal(missing.stderr, `pith: ${f('nope.txt')}: no such file or folder\n`);

  const asText = runCli(['clean', f('nope.txt'), '--format', 'text']);
  assert.equal(asText.code, 1);
  assert.equal(asText.stdout, '');

  const emptyFolder = tempDir();
  try {
    const r = runCli(['clean', emptyFolder.dir]);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).error.code, 'no_inputs');
    assert.match(r.stderr, /no \.html .* file in this folder \(see --ext\)/);
  } finally {
    emptyFolder.cleanup();
  }
  const noMatch = runCli(['clean', path.join(dir, '*.pdf')]);
  assert.equal(noMatch.code, 1);
  assert.match(noMatch.stderr, /no file matches this pattern/);

  const empty = runCli(['clean', f('empty.txt')]);
  assert.equal(empty.code, 0, 'an empty input is an empty article, not an error');
});

test('each repair has its own pair of flags, applied in order', () => {
  const kebab = (x) => x.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  for (const r of REPAIRS) {
    assert.deepEqual(parseArgs('clean', ['a', `--no-${kebab(r)}`]).options, { repairs: { [r]: false } });
    assert.deepEqual(parseArgs('quotes', ['a', `--no-${kebab(r)}`, `--${kebab(r)}`]).options, { repairs: { [r]: true } });
  }
  const all = parseArgs('clean', ['a', '--no-repairs']).options.repairs;
  assert.deepEqual(Object.keys(all).sort(), [...REPAIRS].sort());
  assert.ok(Object.values(all).every((v) => v === false));
});

test('the progress line: counts, rate, ETA, failures; the bar keeps its width when inputs fail', () => {
  const at = (done, failed) => progressLine({ label: 'clean', total: 200, done, failed, bytes: done * 20_000 }, 2000, 80);
  assert.equal(at(50, 0), 'pith clean [#####----------------]  50/200  25%  0.5 MB/s  ETA 0:06');
  assert.equal(at(50, 3), 'pith clean [#####----------------]  50/200  25%  0.5 MB/s  ETA 0:06  3 failed');
  assert.equal(at(200, 0), 'pith clean [######################] 200/200 100%  2.0 MB/s  in 0:02');
  for (const line of [at(0, 0), at(199, 199)]) assert.ok(line.length < 80, line);
  const s = summary({ ok: 1, failures: Array.from({ length: 25 }, (_, i) => ({ path: `p${i}.html`, error: { code: 'not_found', message: 'gone' } })),
    bytes: 2_500_000, ms: 1500, jobs: 2, perJob: [13, 13], verbose: false, stopped: false, total: 26 });
  assert.match(s, /^pith: 1 ok, 25 failed \(26 inputs, 2\.5 MB in 1\.5 s, 2 jobs\)\n {2}p0\.html: not_found: gone\n/);
  assert.match(s, / {2}\.\.\. and 5 more \(--verbose lists all\)\n$/);
});
