// Size report of pith.wasm: which functions, source modules and data take its bytes.
// Reads the binary format directly (sections, code bodies, data segments); function names come
// from the symbol map of a link with --emit-symbol-map (same objects and flags, see
// wasm/CMakeLists.txt `pith_wasm_symbols`), and each name is traced to the object file that
// defines it (llvm-nm over build/wasm's objects). Gzip figures per part are each part
// compressed alone: rough (a part compresses a little better inside the whole file).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount', 'tag'];

/** gzip -9 size of a buffer. */
export const gzipSize = (b) => gzipSync(b, { level: 9 }).length;
/** brotli (quality 11) size of a buffer. */
export const brotliSize = (b) => brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;

function reader(buf, pos = 0) {
  const r = {
    pos,
    byte: () => buf[r.pos++],
    u32() {
      let v = 0, shift = 0, b;
      do { b = buf[r.pos++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
      return v;
    },
    skipName() { const n = r.u32(); r.pos += n; },
    skipLimits() { const f = r.u32(); r.u32(); if (f & 1) r.u32(); },
    skipConstExpr() { while (buf[r.pos++] !== 0x0b); },  // enough for i32.const/global.get exprs
  };
  return r;
}

/**
 * Parses the parts of a wasm binary that a size report needs.
 * @param {Buffer} buf
 * @returns {{sections: {id:number,name:string,size:number}[], importedFuncs:number,
 *   bodies: {index:number,start:number,size:number}[], data: {start:number,size:number}[]}}
 */
export function parseWasm(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm binary');
  const r = reader(buf, 8);
  const sections = [], bodies = [], data = [];
  let importedFuncs = 0;
  while (r.pos < buf.length) {
    const id = r.byte(), size = r.u32(), start = r.pos;
    let name = SECTION_NAMES[id] ?? `#${id}`;
    if (id === 0) { const n = r.u32(); name = `custom:${buf.subarray(r.pos, r.pos + n).toString()}`; }
    if (id === 2) {
      for (let i = 0, n = r.u32(); i < n; i++) {
        r.skipName(); r.skipName();
        const kind = r.byte();
        if (kind === 0) { r.u32(); importedFuncs++; } else if (kind === 1) { r.byte(); r.skipLimits(); }
        else if (kind === 2) r.skipLimits(); else if (kind === 3) r.pos += 2; else if (kind === 4) { r.byte(); r.u32(); }
      }
    }
    if (id === 10) {
      for (let i = 0, n = r.u32(); i < n; i++) {
        const s = r.u32();
        bodies.push({ index: importedFuncs + i, start: r.pos, size: s });
        r.pos += s;
      }
    }
    if (id === 11) {
      for (let i = 0, n = r.u32(); i < n; i++) {
        const flags = r.u32();
        if (flags === 0) r.skipConstExpr(); else if (flags === 2) { r.u32(); r.skipConstExpr(); }
        const s = r.u32();
        data.push({ start: r.pos, size: s });
        r.pos += s;
      }
    }
    sections.push({ id, name, size });
    r.pos = start + size;
  }
  return { sections, importedFuncs, bodies, data };
}

/** Reads an Emscripten symbol map ("index:name", names with \xx escapes) into index -> name. */
export function readSymbolMap(file) {
  const names = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) names.set(Number(line.slice(0, i)), line.slice(i + 1).replace(/\\([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))));
  }
  return names;
}

function objectFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) objectFiles(f, out); else if (f.endsWith('.o')) out.push(f);
  }
  return out;
}

const sourceOf = (obj) => obj.replace(/.*CMakeFiles\/[^/]+\.dir\//, '').replace(/\.o$/, '');

/** Demangled defined function name -> source file, and data bytes per source file. */
function objectIndex(objDir, withData) {
  const owner = new Map(), dataBytes = new Map();
  const nm = ['llvm-nm-14', 'llvm-nm', 'emnm'].find((t) => { try { execFileSync(t, ['--version'], { stdio: 'ignore' }); return true; } catch { return false; } });
  if (!nm) return { owner, dataBytes };
  for (const f of objectFiles(objDir)) {
    const src = sourceOf(f);
    const out = execFileSync(nm, ['-C', '--defined-only', f], { encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const line of out.split('\n')) {
      const m = /^\S+ [TtWw] (.*)$/.exec(line);
      if (m && !owner.has(m[1])) owner.set(m[1], src);
    }
    const bytes = withData ? objectWasm(f) : null;
    if (bytes) dataBytes.set(src, parseWasm(bytes).data.reduce((n, d) => n + d.size, 0));
  }
  return { owner, dataBytes };
}

// An object file as a wasm object: LTO builds write LLVM bitcode, which llc turns into one (no
// optimisation needed: only its data segments are read). null when that is not possible.
function objectWasm(file) {
  const bytes = readFileSync(file);
  if (bytes.readUInt32LE(0) === 0x6d736100) return bytes;
  const out = path.join(tmpdir(), `pith-size-${process.pid}.o`);
  try {
    execFileSync('/usr/lib/llvm-14/bin/llc', ['-O0', '-filetype=obj', '-mtriple=wasm32-unknown-emscripten', file, '-o', out], { stdio: 'ignore' });
    return readFileSync(out);
  } catch {
    return null;
  } finally {
    rmSync(out, { force: true });
  }
}

// Where a function that no project object defines comes from (system libraries).
function libraryOf(name) {
  if (name.includes('nlohmann')) return '(nlohmann/json)';
  if (/embind|emscripten::|_embind_|EmscriptenBindingInitializer/.test(name)) return '(embind)';
  if (/^(std::|void std::|bool std::|unsigned int std::|__cxa|__cxxabiv1|operator new|operator delete|__gxx|__dynamic_cast|typeinfo|vtable)/.test(name)) return '(libc++ / libc++abi)';
  return '(libc / runtime)';
}

/** Groups a source path into its stage folder (core/src/quotes/x.cpp -> quotes). */
export const folderOf = (src) => (src.startsWith('(') ? src : src.replace(/^core\/src\//, '').replace(/^wasm\/CMakeFiles\/pith_wasm\.dir\//, 'wasm/').split('/').slice(0, -1).join('/') || src);

/**
 * The full size report.
 * @param {{wasm: string, symbolWasm?: string, symbolMap?: string, objDir?: string, top?: number,
 *   objectData?: boolean}} o objectData: static data per object file (LTO objects are bitcode and
 *   go through llc first: minutes on a busy machine, so only on request)
 */
export function sizeReport({ wasm, symbolWasm, symbolMap, objDir, top = 25, objectData = false }) {
  const buf = readFileSync(wasm);
  const whole = { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
  const parsed = parseWasm(buf);
  const sections = parsed.sections.map((s) => ({ name: s.name, size: s.size }));
  const dataBuf = Buffer.concat(parsed.data.map((d) => buf.subarray(d.start, d.start + d.size)));
  const data = { segments: parsed.data.length, raw: dataBuf.length, gzip: gzipSize(dataBuf) };
  const report = { whole, sections, data, functions: null, modules: null, folders: null, objectData: null, startup: null };
  if (!symbolMap || !existsSync(symbolMap) || !symbolWasm || !existsSync(symbolWasm)) return report;
  // Function names belong to the symbol-map link; its code is the same up to type order.
  const sbuf = readFileSync(symbolWasm);
  const sp = parseWasm(sbuf);
  const names = readSymbolMap(symbolMap);
  const { owner, dataBytes } = objDir && existsSync(objDir) ? objectIndex(objDir, objectData) : { owner: new Map(), dataBytes: new Map() };
  const fns = sp.bodies.map((b) => {
    const name = names.get(b.index) ?? `#${b.index}`;
    return { name, size: b.size, module: owner.get(name) ?? libraryOf(name), bytes: sbuf.subarray(b.start, b.start + b.size) };
  });
  const group = (key) => {
    const m = new Map();
    for (const f of fns) {
      const k = key(f);
      const g = m.get(k) ?? { name: k, raw: 0, count: 0, parts: [] };
      g.raw += f.size; g.count++; g.parts.push(f.bytes);
      m.set(k, g);
    }
    return [...m.values()].map((g) => ({ name: g.name, raw: g.raw, count: g.count, gzip: gzipSize(Buffer.concat(g.parts)) }))
      .sort((a, b) => b.raw - a.raw);
  };
  report.functions = { count: fns.length, raw: fns.reduce((n, f) => n + f.size, 0),
    top: [...fns].sort((a, b) => b.size - a.size).slice(0, top).map((f) => ({ name: f.name, module: f.module, raw: f.size, gzip: gzipSize(f.bytes) })) };
  report.modules = group((f) => f.module);
  report.folders = group((f) => folderOf(f.module));
  report.objectData = [...dataBytes].map(([name, raw]) => ({ name, raw })).filter((d) => d.raw > 0).sort((a, b) => b.raw - a.raw);
  // Start-up code: the constructors every instantiation runs before the first call.
  const ctors = fns.filter((f) => /^(__wasm_call_ctors|_GLOBAL__sub_I_|__cxx_global_var_init)/.test(f.name));
  report.startup = { functions: ctors.length, raw: ctors.reduce((n, f) => n + f.size, 0), list: ctors.map((f) => ({ name: f.name, raw: f.size })) };
  return report;
}

/** Short display form of a demangled C++ name (no argument lists or std:: noise). */
export function shortName(name, max = 70) {
  let s = name.replace(/std::__2::/g, 'std::').replace(/nlohmann::json_abi_v[0-9_]+::/g, 'nlohmann::')
    .replace(/basic_string_view<char, std::char_traits<char> >/g, 'string_view')
    .replace(/basic_string<char, std::char_traits<char>, std::allocator<char> >/g, 'string');
  // Drop template arguments and parameter lists, innermost first, to keep the readable part.
  for (let i = 0; i < 8 && /<[^<>]*>/.test(s); i++) s = s.replace(/<[^<>]*>/g, '<…>');
  s = s.replace(/\(([^()]|\([^()]*\))*\)/g, '()');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
