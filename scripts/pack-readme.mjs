#!/usr/bin/env node
// npm always packs the package root's README.md, and the repository's README.md is for
// contributors. `npm pack` / `npm publish` run this around packing (package.json prepack and
// postpack): `in` puts the user-facing README-npm.md in place of README.md (the contributors'
// one waits in build/pack-readme/), `out` puts it back. `in` first restores a README left over
// by an interrupted pack, and refuses to pack without the wasm build.
//   node scripts/pack-readme.mjs in|out
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = path.join(ROOT, 'README.md');
const SAVED = path.join(ROOT, 'build', 'pack-readme', 'README.md');

function restore() {
  if (!existsSync(SAVED)) return;
  copyFileSync(SAVED, README);
  rmSync(SAVED);
}

const step = process.argv[2];
if (step === 'in') {
  restore();
  for (const f of ['dist/pith.mjs', 'dist/pith.wasm']) {
    if (!existsSync(path.join(ROOT, f))) {
      console.error(`pack: ${f} is missing; run npm run build first`);
      process.exit(1);
    }
  }
  mkdirSync(path.dirname(SAVED), { recursive: true });
  copyFileSync(README, SAVED);
  copyFileSync(path.join(ROOT, 'README-npm.md'), README);
} else if (step === 'out') {
  restore();
  if (readFileSync(README, 'utf8') === readFileSync(path.join(ROOT, 'README-npm.md'), 'utf8')) {
    console.error('pack: README.md is the package README and no saved copy exists; run git checkout README.md');
    process.exit(1);
  }
} else {
  console.error('usage: pack-readme.mjs in|out');
  process.exit(2);
}
