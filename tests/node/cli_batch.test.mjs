// The Node CLI on many inputs: folders (recursive), globs, --out mirroring the input names,
// jsonl, failures that do not stop the batch, --fail-fast, --ext, --quiet, --verbose, a
// 2,000-file folder on every job, the progress bar on a pseudo-terminal (script(1)) and
// silent when piped, and http(s) inputs from a local server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ARTICLE, NODE_CLI, page, runCli, runCliAsync, tempDir, writeTree } from './cli_helpers.mjs';

let tmp, dir;
const BIG = `Big file\n\n${'The ferry left the quay on time again this morning. '.repeat(100)}`;
before(() => {
  tmp = tempDir();
  dir = tmp.dir;
  writeTree(dir, {
    'site/a.html': page(),
    'site/b.txt': ARTICLE,
    'site/big.txt': BIG,
    'site/notes.pdf': '%PDF-1.4 not an article',
    'site/.cache/x.html': page(),
    'site/sub/c.html': page({ title: 'The island school gets a boat', speaker: 'Ines Hald' }),
  });
});
after(() => tmp.cleanup());
const p = (...parts) => path.join(dir, ...parts);
const files = (root) => readdirSync(root, { recursive: true }).map(String).sort();

test('a folder: every page and text file, recursively, written under --out with mirrored names', () => {
  const r = runCli(['clean', p('site'), '--out', p('out1'), '--max-input-bytes', '3K']);
  assert.equal(r.code, 1, 'one input failed');
  assert.deepEqual(files(p('out1')), ['a.json', 'b.json', 'sub', 'sub/c.json']);
  assert.equal(JSON.parse(readFileSync(p('out1/sub/c.json'), 'utf8')).title, 'The island school gets a boat');
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^pith: 3 ok, 1 failed \(4 inputs, [\d.]+ MB in [\d.]+ s, \d jobs?\)\n/);
  assert.ok(r.stderr.includes(`  ${p('site/big.txt')}: input_too_large: input is ${Buffer.byteLength(BIG)} bytes, over the limit of 3072 bytes`), r.stderr);
  assert.doesNotMatch(r.stderr, /\r|\[#/, 'no progress bar when standard error is not a terminal');

  const md = runCli(['clean', p('site'), '-o', p('out2'), '-f', 'markdown', '--ext', 'html']);
  assert.equal(md.code, 0, md.stderr);
  assert.deepEqual(files(p('out2')), ['a.md', 'sub', 'sub/c.md']);
  assert.match(readFileSync(p('out2/a.md'), 'utf8'), /^# Harbour Town opens a new ferry line\n/);

  const all = runCli(['clean', p('site'), '-o', p('site/out'), '--ext', '*', '--format', 'text', '--quiet']);
  assert.equal(all.code, 0, all.stderr);
  assert.equal(all.stderr, '', '--quiet: no summary');
  const again = runCli(['clean', p('site'), '-o', p('site/out'), '--ext', '*', '--format', 'text']);
  assert.match(again.stderr, /^pith: 5 ok, 0 failed \(5 inputs/, 'the --out folder inside the input folder is not read back');
  assert.deepEqual(files(p('site/out')), ['a.txt', 'b.txt', 'big.txt', 'notes.txt', 'sub', 'sub/c.txt']);
  rmSync(p('site/out'), { recursive: true });
});

test('--format jsonl: one line per input in input order, with its path, failures included', () => {
  const r = runCli(['quotes', p('site'), p('missing.html'), '--format', 'jsonl', '--max-input-bytes', '3K', '--jobs', '3']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [path.relative(dir, l.path), l.ok]), [
    ['site/a.html', true], ['site/b.txt', true], ['site/big.txt', false], ['site/sub/c.html', true], ['missing.html', false]]);
  assert.equal(lines[0].quotes[0].speaker, 'Ola Brand');
  assert.equal(lines[3].quotes[0].speaker, 'Ines Hald');
  assert.equal(lines[2].error.code, 'input_too_large');
  assert.deepEqual(lines[4].error, { code: 'not_found', message: 'no such file or folder' });
  assert.match(r.stderr, /^pith: 3 ok, 2 failed \(5 inputs/);
});

test('globs the shell did not expand: *, **, braces, classes; hidden folders stay out', () => {
  const r = runCli(['clean', 'site/**/*.html', '--format', 'jsonl', '-q'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).path), ['site/a.html', 'site/sub/c.html']);
  const braces = runCli(['clean', 'site/{b,big}.txt', 'site/[a-b].html', '-f', 'jsonl', '-q'], { cwd: dir });
  assert.deepEqual(braces.stdout.trim().split('\n').map((l) => JSON.parse(l).path), ['site/b.txt', 'site/big.txt', 'site/a.html']);
});

test('--fail-fast stops at the first failure; without it the others are all written', () => {
  const r = runCli(['clean', p('site'), '--out', p('ff'), '--max-input-bytes', '3K', '--jobs', '1', '--fail-fast']);
  assert.equal(r.code, 1);
  assert.deepEqual(files(p('ff')), ['a.json', 'b.json']);
  assert.match(r.stderr, /stopped at the first failure \(--fail-fast\); 1 inputs not processed/);
});

test('--verbose: a line per input, and the inputs each job took', () => {
  const r = runCli(['clean', p('site'), '--out', p('v'), '--verbose', '--jobs', '2']);
  assert.equal(r.code, 0, r.stderr);
  for (const f of ['a.html', 'b.txt', 'big.txt', 'sub/c.html']) assert.ok(r.stderr.includes(`pith: ok ${p('site', f)} (`), f);
  const perJob = /inputs per job: (\d+) (\d+)\n/.exec(r.stderr);
  assert.ok(perJob, r.stderr);
  assert.equal(Number(perJob[1]) + Number(perJob[2]), 4);
});

test('2,000 files in nested folders: all written, on every job, right counts', () => {
  const big = tempDir('pith-cli-2000-');
  try {
    for (let i = 0; i < 2000; i++) {
      const sub = path.join(big.dir, 'in', `d${i % 20}`);
      if (i < 20) writeTree(sub, {});
      writeTree(sub, { [`p${i}.txt`]: `Note ${i}\n\nThe ferry number ${i} left the quay at seven with ${i % 50} passengers on board.` });
    }
    const jobs = 4;
    const r = runCli(['clean', path.join(big.dir, 'in'), '--out', path.join(big.dir, 'out'), '--jobs', String(jobs), '--verbose', '--no-quotes']);
    assert.equal(r.code, 0, r.stderr.slice(-2000));
    const written = readdirSync(path.join(big.dir, 'out'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    assert.equal(written.length, 2000);
    assert.match(r.stderr, /\npith: 2000 ok, 0 failed \(2000 inputs, [\d.]+ MB in [\d.]+ s, 4 jobs\)\n/);
    const perJob = /inputs per job: ([\d ]+)\n/.exec(r.stderr)[1].split(' ').map(Number);
    assert.equal(perJob.length, jobs);
    assert.equal(perJob.reduce((a, b) => a + b, 0), 2000);
    assert.ok(perJob.every((n) => n > 0), `every job took inputs: ${perJob}`);
    const one = JSON.parse(readFileSync(path.join(big.dir, 'out', 'd7', 'p1107.json'), 'utf8'));
    assert.match(one.text, /The ferry number 1107 left the quay/);

    // Without --jobs: as many jobs as cores (os.availableParallelism()), at most one per input.
    const d = runCli(['clean', path.join(big.dir, 'in', 'd3'), '--out', path.join(big.dir, 'out3')]);
    const cores = Math.min(os.availableParallelism(), 100);
    assert.match(d.stderr, new RegExp(`\\(100 inputs, [\\d.]+ MB in [\\d.]+ s, ${cores} jobs?\\)`));
  } finally {
    big.cleanup();
  }
});

test('the progress bar: drawn on a terminal (pseudo-TTY), never with --no-progress or when piped', () => {
  const sh = (args) => args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const onTty = (args) => {
    // script(1) runs the command on a pseudo-terminal and copies what it writes.
    const r = spawnSync('script', ['-qec', sh([process.execPath, NODE_CLI, ...args]), '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    return r.stdout;
  };
  const shown = onTty(['clean', p('site'), '--out', p('tty1')]);
  assert.match(shown, /\rpith clean \[[#-]+\] +\d\/4 +\d+% {2}[\d.]+ MB\/s {2}(ETA|in) [\d:-]+/);
  assert.match(shown, /pith clean \[#+\] 4\/4 100% {2}[\d.]+ MB\/s {2}in \d+:\d\d/);
  assert.match(shown, /pith: 4 ok, 0 failed \(4 inputs/);
  const hidden = onTty(['clean', p('site'), '--out', p('tty2'), '--no-progress']);
  assert.doesNotMatch(hidden, /pith clean \[/);
  assert.match(hidden, /pith: 4 ok, 0 failed/);
  const single = onTty(['clean', p('site/b.txt'), '--out', p('tty3')]);
  assert.doesNotMatch(single, /pith clean \[/, 'one input: no bar');
});

/** A local server: a page, a redirect to it, 404, a slow answer, an image, a large page, Latin-1. */
function serve() {
  const server = http.createServer((req, res) => {
    const at = req.url;
    if (at === '/news/story.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page()); }
    else if (at === '/old') { res.writeHead(301, { location: '/news/story.html' }); res.end(); }
    else if (at === '/slow') { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html>'); setTimeout(() => res.end('</html>'), 5000).unref(); }
    else if (at === '/photo.png') { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.alloc(64)); }
    else if (at === '/big.html') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(`<html><body><p>${'x'.repeat(9000)}</p></body></html>`); }
    else if (at === '/latin1.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
      res.end(Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' news\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' by the quay opened again on Monday after the winter storms had closed it.')]));
    } else { res.writeHead(404, { 'content-type': 'text/html' }); res.end('<html><body>not here</body></html>'); }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('URLs: fetched with a timeout and a size limit; the final address is the url option', async () => {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const r = await runCliAsync(['clean', `${base}/old`]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.url, `${base}/news/story.html`);
    const md = await runCliAsync(['clean', `${base}/old`, '--format', 'markdown']);
    assert.ok(md.stdout.includes(`(${base}/news/timetable.html)`), md.stdout);
    const latin = await runCliAsync(['clean', `${base}/latin1.txt`, '--format', 'text']);
    assert.match(latin.stdout, /The café by the quay opened/, 'the Latin-1 page decoded by its declared charset');

    const bad = await runCliAsync(['clean', `${base}/news/story.html`, `${base}/gone`, `${base}/slow`, `${base}/photo.png`,
      `${base}/big.html`, 'http://127.0.0.1:1/refused', '--format', 'jsonl', '--timeout', '2', '--max-input-bytes', '8K']);
    // 2 s: /slow answers after 5 s; the other local answers need far less, even on a loaded machine
    // (at 0.5 s a busy machine once timed out the 404).
    assert.equal(bad.code, 1);
    const lines = bad.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => (l.ok ? 'ok' : l.error.code)), ['ok', 'http_error', 'timeout', 'unsupported_content', 'input_too_large', 'fetch_failed']);
    assert.match(lines[1].error.message, /HTTP 404 .*\/gone/);
    assert.match(lines[2].error.message, /within 2 s \(--timeout\)/);
    assert.match(lines[3].error.message, /image\/png/);
    assert.match(bad.stderr, /^pith: 1 ok, 5 failed \(6 inputs/);

    const out = p('urls');
    const w = await runCliAsync(['clean', `${base}/news/story.html`, `${base}/`, '--out', out, '--format', 'text', '-q']);
    assert.equal(w.code, 1, 'the 404 of / fails');
    const host = `127.0.0.1_${server.address().port}`;
    assert.deepEqual(files(out), [host, `${host}/news`, `${host}/news/story.txt`]);
  } finally {
    server.close();
  }
});

test('a closed pipe (pith ... | head) ends the CLI quietly', () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${NODE_CLI}" clean "${p('site')}" -f jsonl -q | head -c 10`], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stdout.length, 10);
  assert.equal(r.stderr, '');
});

test('a file written in place of --out fails that input, not the batch', () => {
  writeFileSync(p('blocker'), 'a file, not a folder');
  const r = runCli(['clean', p('site'), '--out', p('blocker'), '--ext', 'txt']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /pith: 0 ok, 2 failed/);
  assert.match(r.stderr, /write_failed: cannot write/);
});
