// Shared by the CLI tests: composed fixtures (never corpus text), a temporary folder and a way
// to run either CLI as a user does.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE_CLI = path.join(ROOT, 'bin/pith.mjs');
export const NATIVE_CLI = path.join(ROOT, 'build/native/pith');

export const TITLE = 'Harbour Town opens a new ferry line';
export const ARTICLE = [
  TITLE,
  'The council of Harbour Town opened a ferry line to the islands on Monday, after two years of work on the new pier.',
  '“It changes everything for the islands,” said Edda Morn, who runs the harbour shop.',
  'The first boat left at seven with forty passengers and a crate of apples for the island school.',
].join('\n\n');

/**
 * A saved page: an old-IE conditional comment before the article (read as text, it yields
 * "<![endif]-->" as a quote), a relative link, navigation and a footer to remove.
 */
export function page({ title = TITLE, quote = 'We waited a long time for this boat', speaker = 'Ola Brand' } = {}) {
  return `<!DOCTYPE html>
<!--[if lt IE 9]><script src="html5shiv.js"></script><![endif]-->
<html lang="en"><head><meta charset="utf-8"><title>${title} | Coast Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1>
<p>The council of Harbour Town opened a ferry line to the islands on Monday, after two years of work on the new pier and a long debate about the cost.</p>
<p>“${quote},” said ${speaker}, who sells fish at the quay. The crossing takes forty minutes and runs four times a day.</p>
<p>The timetable is on the <a href="timetable.html">harbour page</a>, and the fares are the same as on the old bus line to the bridge.</p>
</article><footer>© Coast Post. All rights reserved.</footer></body></html>`;
}

/** A fresh temporary folder; `cleanup()` removes it. */
export function tempDir(prefix = 'pith-cli-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes {relative path: content} under dir (folders made as needed). */
export function writeTree(dir, files) {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Runs the Node CLI (or `cli`) to the end: {code, stdout, stderr}. */
export function runCli(args, { input, cwd = ROOT, cli = NODE_CLI } = {}) {
  const [cmd, argv] = cli === NODE_CLI ? [process.execPath, [NODE_CLI, ...args]] : [cli, args];
  const r = spawnSync(cmd, argv, { input, cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, asynchronously (for tests that serve pages from this process). */
export function runCliAsync(args, { cwd = ROOT, cli = NODE_CLI } = {}) {
  const [cmd, argv] = cli === NODE_CLI ? [process.execPath, [NODE_CLI, ...args]] : [cli, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A JSON result without its timing (the one field that differs between runs). */
export function withoutTiming(result) {
  const copy = structuredClone(result);
  if (copy.stats) delete copy.stats.ms;
  return copy;
}
