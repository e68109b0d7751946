// Development sets are split into two halves by a hash of the page or document id, so a rule
// can be checked on both: a change that helps one half only has been fitted to it, not made
// general. The split is fixed (FNV-1a over the id's UTF-16 units), so it never moves between runs.

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 'A' or 'B': the half a page or document id belongs to. */
export function halfOf(id) {
  return fnv1a(String(id)) % 2 === 0 ? 'A' : 'B';
}

export const HALVES = ['A', 'B'];

/** Splits `ids` into {A: [...], B: [...]} keeping their order. */
export function splitIds(ids) {
  const out = { A: [], B: [] };
  for (const id of ids) out[halfOf(id)].push(id);
  return out;
}

/** The subset of an object keyed by id that belongs to `half`. */
export function pickHalf(obj, half) {
  const out = {};
  for (const [id, v] of Object.entries(obj)) if (halfOf(id) === half) out[id] = v;
  return out;
}
