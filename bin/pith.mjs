#!/usr/bin/env node
// The `pith` command (Node, over the wasm build): pith clean|quotes INPUT... [flags], pith
// version, pith help. The native CLI (core/cli/, build/native/pith) has the same commands and
// flags. Modules: cli/args (flags), cli/help, cli/inputs + cli/glob (what to read), cli/task
// (one input: read or fetch, engine, render, write), cli/pool + cli/worker (worker_threads),
// cli/progress (bar and summary), cli/render (formats), cli/sniff (HTML or text for quotes).
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createPith, PithError } from '../web/lib/node.js';
import { parseArgs } from './cli/args.mjs';
import { MAIN_HELP, USAGE, commandHelp } from './cli/help.mjs';
import { expandInputs, outputPaths, UsageError } from './cli/inputs.mjs';
import { runPool } from './cli/pool.mjs';
import { Progress, summary } from './cli/progress.mjs';
import { renderError } from './cli/render.mjs';
import { runTask } from './cli/task.mjs';

const WASM = new URL('../dist/pith.wasm', import.meta.url);

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command');
  if (command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && topic !== 'clean' && topic !== 'quotes') throw new UsageError(`no help on '${topic}'`);
    process.stdout.write(topic ? commandHelp(topic) : MAIN_HELP);
    return 0;
  }
  if (command === 'version' || command === '--version') {
    const pith = await createPith();
    process.stdout.write(`${JSON.stringify({ ok: true, ...pith.version() })}\n`);
    return 0;
  }
  if (command !== 'clean' && command !== 'quotes') throw new UsageError(`unknown command '${command}'`);
  const cfg = parseArgs(command, rest);
  if (cfg.help) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  return runCommand(cfg);
}

/** Every input of one clean/quotes command line; returns the exit code. */
async function runCommand(cfg) {
  const inputs = expandInputs(cfg.inputs, { extensions: cfg.extensions, exclude: cfg.out });
  const batch = inputs.length > 1;
  if (batch && !cfg.out && cfg.format !== 'jsonl') {
    throw new UsageError(`${inputs.length} inputs: write them with --out DIR, or use --format jsonl for one line per input on standard output`);
  }
  const wasm = await WebAssembly.compile(await readFile(WASM));
  const pith = await createPith({ wasm });
  checkOptions(pith, cfg);
  for (const input of inputs) if (input.kind === 'stdin') input.bytes = new Uint8Array(readFileSync(0));
  const outPaths = cfg.out ? outputPaths(inputs, cfg.out, cfg.format) : inputs.map(() => null);
  const job = { command: cfg.command, format: cfg.format, options: cfg.options, timeoutMs: cfg.timeoutMs };

  const start = Date.now();
  const failures = [];
  let ok = 0, bytes = 0;
  const progress = batch && cfg.progress && process.stderr.isTTY ? new Progress(process.stderr, cfg.command, inputs.length) : null;
  const log = (line) => (progress ? progress.log(line) : process.stderr.write(`${line}\n`));
  const onResult = (i, r) => {
    const where = inputs[i].path;
    bytes += r.bytes;
    if (r.ok) {
      ok++;
      if (r.output) process.stdout.write(r.output);
    } else {
      failures.push({ path: where, error: r.error });
      const envelope = cfg.out ? '' : renderError(cfg.format, r.error, where);
      if (envelope) process.stdout.write(envelope);
      if (!batch) process.stderr.write(`pith: ${where === '-' ? 'standard input' : where}: ${r.error.message}\n`);
      else if (cfg.quiet) process.stderr.write(`pith: ${where}: ${r.error.code}: ${r.error.message}\n`);
    }
    if (cfg.verbose && batch) log(r.ok ? `pith: ok ${where} (${r.bytes} bytes)` : `pith: failed ${where}: ${r.error.code}: ${r.error.message}`);
    progress?.tick(r.ok, r.bytes);
  };

  let perJob = null, stopped = false;
  if (!batch) {
    const input = inputs[0];
    onResult(0, input.kind === 'missing' ? { ok: false, bytes: 0, error: input.error } : await runTask(pith, job, input, outPaths[0]));
  } else {
    const jobs = Math.min(cfg.jobs, inputs.length);
    ({ perJob, stopped } = await runPool({ inputs, outPaths, job, jobs, wasm, failFast: cfg.failFast, ordered: !cfg.out, onResult }));
  }
  progress?.end();
  if (batch && !cfg.quiet) {
    process.stderr.write(summary({ ok, failures, bytes, ms: Date.now() - start, jobs: perJob.length, perJob, verbose: cfg.verbose, stopped, total: inputs.length }));
  }
  return failures.length ? 1 : 0;
}

/** Bad option values are usage errors, found once by the engine itself before any input is read. */
function checkOptions(pith, cfg) {
  try {
    if (cfg.command === 'clean') pith.clean('', cfg.options);
    else pith.extractQuotes('', cfg.options);
  } catch (e) {
    if (e instanceof PithError && /option/.test(e.code)) throw new UsageError(e.message);
    throw e;
  }
}

process.stdout.on('error', (e) => {
  // A closed pipe (pith ... | head): stop quietly.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  if (e instanceof UsageError) {
    process.stderr.write(`pith: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`pith: ${e instanceof PithError ? e.message : e?.stack || e}\n`);
  process.exitCode = 1;
});
