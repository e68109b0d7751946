// The command line of `pith clean` and `pith quotes`: one table of flags, used to parse and to
// print --help. Every engine option of docs/schema.md has a flag (tests/node/cli.test.mjs reads
// the schema's table to check); the native CLI (core/cli/args.cpp) accepts the same flags.
import os from 'node:os';
import { FORMATS } from './render.mjs';
import { DEFAULT_EXTENSIONS, UsageError } from './inputs.mjs';

/** The repair switches of the `repairs` option, as flags: --no-split-glued-words etc. */
export const REPAIRS = ['splitGluedWords', 'spaceBeforePunctuation', 'collapseSpaces', 'strayLetter', 'doubledWord', 'mojibake'];
const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const MAX_JOBS = 256;

function positiveInt(flag, v, max = Number.MAX_SAFE_INTEGER) {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new UsageError(`${flag} needs a whole number from 1 to ${max}, got '${v}'`);
  return Number(v);
}

/** "32M", "512k", "1G" (powers of 1024) or a plain number of bytes. */
export function parseBytes(flag, v) {
  const m = /^(\d+)([kmg]i?b?)?$/i.exec(v);
  if (!m) throw new UsageError(`${flag} needs a size in bytes (e.g. 1048576, 512K, 32M, 1G), got '${v}'`);
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] || '').charAt(0).toLowerCase()] ?? 1;
  const n = Number(m[1]) * unit;
  if (n < 1) throw new UsageError(`${flag} must be at least 1 byte`);
  return n;
}

function choice(flag, v, allowed) {
  if (!allowed.includes(v)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got '${v}'`);
  return v;
}

function repairs(cfg) {
  cfg.options.repairs ??= {};
  return cfg.options.repairs;
}

/**
 * The flags. `value` names the argument a flag takes; `only` restricts it to one command;
 * `group` orders --help.
 */
export const FLAGS = [
  { group: 'Output', name: '--format', short: '-f', value: 'FORMAT', help: 'text, markdown, html, json (default) or jsonl: one JSON line per input, with its "path"', apply: (c, v) => { c.format = choice('--format', v, Object.keys(FORMATS)); } },
  { group: 'Output', name: '--out', short: '-o', value: 'DIR', help: 'write one file per input under DIR, mirroring the input names (.txt .md .html .json); without it the result goes to standard output', apply: (c, v) => { c.out = v; } },
  { group: 'Output', name: '--jobs', short: '-j', value: 'N', help: `inputs processed in parallel, on worker threads (default: the number of cores, ${os.availableParallelism()} here)`, apply: (c, v) => { c.jobs = positiveInt('--jobs', v, MAX_JOBS); } },
  { group: 'Output', name: '--fail-fast', help: 'stop at the first input that fails (by default a failure never stops the others)', apply: (c) => { c.failFast = true; } },
  { group: 'Output', name: '--ext', value: 'LIST', help: `extensions taken from folders, comma-separated, or * for every file (default ${DEFAULT_EXTENSIONS.join(',')})`, apply: (c, v) => { c.extensions = v === '*' ? null : v.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean); } },
  { group: 'Output', name: '--timeout', value: 'SECONDS', help: 'URLs: give up on a page after this long (default 30; Node CLI only)', apply: (c, v) => { if (!(Number(v) > 0)) throw new UsageError(`--timeout needs a number of seconds above 0, got '${v}'`); c.timeoutMs = Number(v) * 1000; } },
  { group: 'Output', name: '--no-progress', help: 'no progress bar (it is drawn only when standard error is a terminal)', apply: (c) => { c.progress = false; } },
  { group: 'Output', name: '--quiet', short: '-q', help: 'no progress bar and no summary; failures are still reported', apply: (c) => { c.quiet = true; c.progress = false; } },
  { group: 'Output', name: '--verbose', help: 'one line per input on standard error, every failure in the summary, and inputs per job', apply: (c) => { c.verbose = true; } },
  { group: 'Engine options (docs/schema.md)', name: '--input-format', value: 'FORMAT', help: 'auto (default: HTML when the input starts like a page), text or html', apply: (c, v) => { c.options.inputFormat = choice('--input-format', v, ['auto', 'text', 'html']); } },
  { group: 'Engine options (docs/schema.md)', name: '--url', value: 'URL', help: 'the page\'s address: relative links and images resolve against it (URL inputs pass their final address)', apply: (c, v) => { c.options.url = v; } },
  { group: 'Engine options (docs/schema.md)', name: '--max-input-bytes', value: 'SIZE', help: 'refuse larger inputs (default 32M; K, M, G are powers of 1024; at most 1G)', apply: (c, v) => { c.options.maxInputBytes = parseBytes('--max-input-bytes', v); } },
  { group: 'Engine options (docs/schema.md)', name: '--formats', value: 'LIST', only: 'clean', help: 'renderings to add to JSON output: markdown, html or markdown,html (--format markdown/html adds its own)', apply: (c, v) => { c.options.formats = v.split(',').map((f) => choice('--formats', f.trim(), ['markdown', 'html'])); } },
  { group: 'Engine options (docs/schema.md)', name: '--no-quotes', only: 'clean', help: 'do not look for quotes (faster)', apply: (c) => { c.options.quotes = false; } },
  { group: 'Engine options (docs/schema.md)', name: '--quotes', only: 'clean', help: 'look for quotes (the default; undoes an earlier --no-quotes)', apply: (c) => { c.options.quotes = true; } },
  { group: 'Engine options (docs/schema.md)', name: '--no-repairs', help: 'switch every repair below off', apply: (c) => { for (const r of REPAIRS) repairs(c)[r] = false; } },
  ...REPAIRS.map((r) => ({ group: 'Engine options (docs/schema.md)', name: `--no-${kebab(r)}`, help: `repairs.${r} off (--${kebab(r)} switches it back on)`, apply: (c) => { repairs(c)[r] = false; } })),
  ...REPAIRS.map((r) => ({ group: null, name: `--${kebab(r)}`, apply: (c) => { repairs(c)[r] = true; } })),
  { group: 'Engine options (docs/schema.md)', name: '--options', value: 'JSON', help: 'more options as a JSON object, merged in order with the flags, e.g. \'{"repairs":{"strayLetter":false}}\'', apply: mergeOptions },
];

function mergeOptions(c, v) {
  let extra;
  try { extra = JSON.parse(v); } catch { throw new UsageError('--options must be a JSON object'); }
  if (!extra || typeof extra !== 'object' || Array.isArray(extra)) throw new UsageError('--options must be a JSON object');
  for (const [k, val] of Object.entries(extra)) {
    if (k === 'repairs' && val && typeof val === 'object' && !Array.isArray(val)) Object.assign(repairs(c), val);
    else c.options[k] = val;
  }
}

const BY_NAME = new Map(FLAGS.flatMap((f) => [[f.name, f], ...(f.short ? [[f.short, f]] : [])]));

/**
 * @typedef {{command: 'clean'|'quotes', inputs: string[], format: string, out: string|null,
 *   jobs: number, failFast: boolean, extensions: string[]|null, timeoutMs: number,
 *   progress: boolean, quiet: boolean, verbose: boolean, help: boolean, options: object}} Config
 */

/**
 * @param {'clean'|'quotes'} command
 * @param {string[]} argv the arguments after the command
 * @returns {Config}
 */
export function parseArgs(command, argv) {
  /** @type {Config} */
  const c = {
    command, inputs: [], format: 'json', out: null, jobs: os.availableParallelism(), failFast: false,
    extensions: DEFAULT_EXTENSIONS, timeoutMs: 30_000, progress: true, quiet: false, verbose: false, help: false, options: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { c.inputs.push(...argv.slice(i + 1)); break; }
    if (arg === '-h' || arg === '--help') { c.help = true; continue; }
    if (arg === '-' || !arg.startsWith('-')) { c.inputs.push(arg); continue; }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = BY_NAME.get(name);
    if (!flag) throw new UsageError(`unknown flag '${name}' (pith ${command} --help lists them)`);
    if (flag.only && flag.only !== command) throw new UsageError(`${name} applies to pith ${flag.only} only`);
    let value;
    if (flag.value) {
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`${name} needs a value (${flag.value})`);
    } else if (eq > 0) throw new UsageError(`${name} takes no value`);
    flag.apply(c, value);
  }
  if (c.help) return c;
  if (!c.inputs.length) throw new UsageError('missing INPUT (a file, folder, glob, URL, or - for standard input)');
  if (c.inputs.filter((x) => x === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (c.out && c.format === 'jsonl') throw new UsageError('--format jsonl writes to standard output; use --format json with --out');
  return c;
}
