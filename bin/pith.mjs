#!/usr/bin/env node
// Node CLI over the wasm build; same commands and flags as the native `pith`.
//   pith clean FILE|- [--format json|text|markdown|html] [--input-format auto|text|html]
//                     [--options JSON] [--url URL]
//   pith quotes FILE|- [--options JSON]
//   pith version
import { readFileSync } from 'node:fs';
import { createPith, PithError } from '../web/lib/node.js';

const USAGE = `usage: pith clean FILE|- [--format json|text|markdown|html] [--input-format auto|text|html] [--options JSON] [--url URL]
       pith quotes FILE|- [--options JSON]
       pith version`;

function fail(message, code = 2) {
  process.stderr.write(`pith: ${message}\n`);
  if (code === 2) process.stderr.write(`${USAGE}\n`);
  process.exit(code);
}

function parse(argv) {
  const a = { cmd: argv[0], file: null, format: 'json', options: {} };
  for (let i = 1; i < argv.length; i++) {
    const k = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${k} needs a value`);
      return argv[++i];
    };
    if (k === '--format') a.format = value();
    else if (k === '--input-format') a.options.inputFormat = value();
    else if (k === '--url') a.options.url = value();
    else if (k === '--options') {
      let extra;
      try { extra = JSON.parse(value()); } catch { fail('--options must be a JSON object'); }
      if (!extra || typeof extra !== 'object' || Array.isArray(extra)) fail('--options must be a JSON object');
      Object.assign(a.options, extra);
    } else if (a.file === null) a.file = k;
    else fail(`unexpected argument '${k}'`);
  }
  if (!['json', 'text', 'markdown', 'html'].includes(a.format)) fail('--format must be json, text, markdown or html');
  return a;
}

const argv = process.argv.slice(2);
if (argv.length === 0) fail('missing command');
if (argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
  console.log(USAGE);
  process.exit(0);
}
const a = parse(argv);
const pith = await createPith();
if (a.cmd === 'version' || a.cmd === '--version') {
  console.log(JSON.stringify({ ok: true, ...pith.version() }));
  process.exit(0);
}
if (a.cmd !== 'clean' && a.cmd !== 'quotes') fail(`unknown command '${a.cmd}'`);
if (a.file === null) fail('missing FILE (use - for standard input)');
let input;
try {
  input = readFileSync(a.file === '-' ? 0 : a.file);  // bytes: invalid UTF-8 is the engine's to report
} catch (e) {
  fail(`cannot read '${a.file}': ${e.message}`, 1);
}
try {
  if (a.cmd === 'quotes') {
    console.log(JSON.stringify({ ok: true, ...pith.extractQuotes(input, a.options) }));
  } else {
    if (a.format === 'markdown' || a.format === 'html') a.options.formats = [a.format];
    const r = pith.clean(input, a.options);
    if (a.format === 'json') console.log(JSON.stringify({ ok: true, ...r }));
    else if (a.format === 'text') process.stdout.write(`${r.title ? `${r.title}\n\n` : ''}${r.text}\n`);
    else process.stdout.write(r[a.format]);
  }
} catch (e) {
  if (!(e instanceof PithError)) throw e;
  console.log(JSON.stringify({ ok: false, error: { code: e.code, message: e.message } }));
  process.stderr.write(`pith: ${e.message}\n`);
  process.exit(1);
}
