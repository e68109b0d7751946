// Globs for `pith clean 'pages/**/*.html'` when the shell did not expand them (quoted, or on a
// shell without globbing). The native CLI (core/cli/glob.cpp) follows the same rules:
//   *  any characters but "/"        ?  one character        [abc] [a-z] [!a]  one of / none of
//   ** any number of folders        {a,b}  either (expanded first, nested allowed)
// Names starting with "." are never matched by a wildcard, and walks do not enter them.

/** Expanding {a,b} more than this is a usage error: 10 brace groups of 2 already make 1,024. */
export const MAX_BRACE_EXPANSIONS = 1024;

/** True when `s` holds a wildcard or a brace group (whether it exists as a path is decided by the caller). */
export function hasGlobChars(s) {
  return /[*?[{]/.test(s);
}

/**
 * Expands brace groups: "a/{b,c}/*.{html,txt}" -> four patterns. A group without a top-level
 * comma stays literal. Iterative, capped at MAX_BRACE_EXPANSIONS results.
 * @param {string} pattern
 * @returns {string[]|null} null when the cap is exceeded
 */
export function expandBraces(pattern) {
  const done = [];
  const work = [pattern];
  while (work.length) {
    const p = work.pop();
    const group = firstBraceGroup(p);
    if (!group) {
      done.push(p);
      if (done.length > MAX_BRACE_EXPANSIONS) return null;
      continue;
    }
    const [open, close, commas] = group;
    const cuts = [open, ...commas, close];
    // Pushed in reverse so that alternatives come out in the order written.
    for (let k = cuts.length - 2; k >= 0; k--) {
      work.push(p.slice(0, open) + p.slice(cuts[k] + 1, cuts[k + 1]) + p.slice(close + 1));
    }
    if (work.length + done.length > MAX_BRACE_EXPANSIONS) return null;
  }
  return done;
}

/** The first "{...}" with a comma at its own depth: [open, close, comma positions], or null. */
function firstBraceGroup(p) {
  for (let open = p.indexOf('{'); open !== -1; open = p.indexOf('{', open + 1)) {
    let depth = 0;
    const commas = [];
    for (let i = open; i < p.length; i++) {
      const c = p[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        if (commas.length) return [open, i, commas];
        break;
      } else if (c === ',' && depth === 1) commas.push(i);
    }
  }
  return null;
}

/**
 * Matches one path segment (no "/") against a segment pattern with *, ? and [...]. Greedy with
 * one backtrack point: linear for patterns with one star, at worst O(name x pattern).
 * @param {string} pat
 * @param {string} name
 */
export function matchSegment(pat, name) {
  if (name.startsWith('.') && !pat.startsWith('.')) return false;
  const P = Array.from(pat);
  const N = Array.from(name);  // code points: "?" is one character, also outside the BMP
  let p = 0, n = 0, starP = -1, starN = 0;
  while (n < N.length) {
    if (p < P.length && P[p] === '*') {
      starP = p++;
      starN = n;
      continue;
    }
    if (p < P.length && P[p] !== '*') {
      const step = matchOne(P, p, N[n]);
      if (step > 0) {
        p += step;
        n++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (p < P.length && P[p] === '*') p++;
  return p === P.length;
}

/** If P[p] (a literal, "?" or a class) matches c: how many pattern characters it used, else 0. */
function matchOne(P, p, c) {
  if (P[p] === '?') return 1;
  if (P[p] !== '[') return P[p] === c ? 1 : 0;
  let i = p + 1;
  const negate = P[i] === '!' || P[i] === '^';
  if (negate) i++;
  let hit = false;
  const first = i;
  for (; i < P.length && (P[i] !== ']' || i === first); i++) {
    if (P[i + 1] === '-' && i + 2 < P.length && P[i + 2] !== ']') {
      if (P[i] <= c && c <= P[i + 2]) hit = true;
      i += 2;
    } else if (P[i] === c) hit = true;
  }
  if (i >= P.length) return P[p] === c ? 1 : 0;  // no closing "]": a literal "["
  return hit !== negate ? i - p + 1 : 0;
}

/**
 * Matches a relative path's segments against pattern segments, where "**" is any number of
 * segments (iterative, one backtrack point, as for "*" inside a segment).
 * @param {string[]} pat
 * @param {string[]} segs
 */
export function matchPath(pat, segs) {
  let p = 0, s = 0, starP = -1, starS = 0;
  while (s < segs.length) {
    if (p < pat.length && pat[p] === '**') {
      starP = p++;
      starS = s;
      continue;
    }
    if (p < pat.length && matchSegment(pat[p], segs[s])) {
      p++;
      s++;
      continue;
    }
    if (starP < 0 || segs[starS].startsWith('.')) return false;
    p = starP + 1;
    s = ++starS;
  }
  while (p < pat.length && pat[p] === '**') p++;
  return p === pat.length;
}

/**
 * Splits a brace-free pattern into the folder to walk (its leading segments without wildcards)
 * and the segments left to match. `maxDepth` is Infinity with "**".
 * @param {string} pattern
 * @returns {{base: string, rest: string[], maxDepth: number}}
 */
export function splitPattern(pattern) {
  const segs = pattern.split('/');
  let k = 0;
  while (k < segs.length - 1 && !/[*?[]/.test(segs[k])) k++;
  const rest = segs.slice(k).filter((s, i, a) => s !== '' || i === a.length - 1);
  const lead = segs.slice(0, k);
  const base = lead.length === 0 ? '.' : (lead.join('/') || '/');
  return { base, rest, maxDepth: rest.includes('**') ? Infinity : rest.length };
}
