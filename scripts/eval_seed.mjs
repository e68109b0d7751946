// Checks a clean() result against the founding article's expectations (../shared/corpus/seed/
// expected.json). Each expectation becomes one check {group, what, ok, got?}; text comparisons
// ignore runs of whitespace, as expected.json says.

const ws = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

function seedBlocks(seedText) {
  return seedText.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map(ws).filter((b) => b.length > 0);
}

// Same block, allowing for the repairs the engine applies (glued words, stray letters): compare
// the first words, which the seed's repairs do not touch.
function sameBlock(a, b) {
  const x = ws(a), y = ws(b);
  if (x === y) return true;
  const head = (s) => s.split(' ').slice(0, 6).join(' ');
  return head(x) === head(y) && Math.abs(x.length - y.length) <= 12;
}

export function checkSeed(r, expected, seedText) {
  const checks = [];
  const add = (group, what, ok, got) => checks.push({ group, what, ok: !!ok, got: ok ? undefined : got });
  if (!r.ok) {
    add('envelope', 'clean() succeeds', false, r.error);
    return checks;
  }
  const blocks = seedBlocks(seedText);
  for (const k of ['title', 'subtitle', 'source']) {
    add('metadata', `${k} = ${JSON.stringify(expected[k])}`, ws(r[k]) === ws(expected[k]), r[k]);
  }

  const body = expected.body;
  const want = body.paragraphs_from_blocks.map((n) => blocks[n - 1]);
  const got = r.blocks.map((b) => b.text);
  add('body', `${want.length} body blocks`, got.length === want.length, got.length);
  want.forEach((w, i) => {
    add('body', `body block ${i + 1} is seed block ${body.paragraphs_from_blocks[i]}`,
      got[i] !== undefined && sameBlock(got[i], w), got[i]?.slice(0, 60));
  });
  const text = ws(r.text);
  for (const s of body.must_contain) add('body', `text contains ${JSON.stringify(s)}`, text.includes(ws(s)));
  for (const s of body.must_not_contain) add('body', `text lacks ${JSON.stringify(s)}`, !text.includes(ws(s)));

  for (const e of expected.removed) {
    const blockText = blocks[e.block - 1];
    const hit = r.removed.find((x) => sameBlock(x.text, blockText));
    add('removed', `block ${e.block} removed as ${e.reason}`, hit && hit.reason === e.reason, hit ? hit.reason : 'not removed');
  }

  for (const e of expected.edits) {
    const hit = r.edits.find((x) => x.kind === e.kind && ws(x.before) === ws(e.before) && ws(x.after) === ws(e.after));
    add('edits', `edit ${e.kind}: ${JSON.stringify(e.before)} -> ${JSON.stringify(e.after)}`, hit,
      r.edits.map((x) => `${x.kind}:${x.before}->${x.after}`));
  }
  add('edits', `no other edits (${expected.edits.length} expected)`, r.edits.length === expected.edits.length,
    r.edits.map((x) => `${x.kind}:${x.before}->${x.after}`));

  const quotes = r.quotes ?? [];
  const strip = (s) => ws(s).replace(/^[\s“”"‘’]+|[\s“”"‘’]+$/g, '');
  for (const e of expected.quotes) {
    const q = quotes.find((x) => x.type !== 'reported' && strip(x.text) === strip(e.text));
    const label = `quote ${JSON.stringify(e.text.slice(0, 40))}`;
    add('quotes', `${label} found`, q, null);
    if (!q) continue;
    add('quotes', `${label} type ${e.type}`, q.type === e.type, q.type);
    if (e.speaker === null) {
      const okSpeaker = q.speaker === null || (e.optional_speaker && q.speaker === e.optional_speaker);
      add('quotes', `${label} no speaker`, okSpeaker, q.speaker);
    } else {
      add('quotes', `${label} speaker ${e.speaker}`, q.speaker === e.speaker, q.speaker);
    }
    if (e.mention) add('quotes', `${label} mention ${JSON.stringify(e.mention)}`, q.mention && ws(q.mention.text) === ws(e.mention), q.mention?.text);
    if (e.cue) add('quotes', `${label} cue ${e.cue}`, q.cue && ws(q.cue.text).toLowerCase() === e.cue.toLowerCase(), q.cue?.text);
    if (q.start !== undefined) add('quotes', `${label} offsets slice to its text`, r.text.slice(q.start, q.end) === q.text, r.text.slice(q.start, q.end));
  }

  for (const e of expected.reported_speech) {
    const label = `reported ${JSON.stringify(e.content_starts.slice(0, 40))}`;
    const q = quotes.find((x) => x.type === 'reported' && ws(x.text).startsWith(ws(e.content_starts)));
    add('reported', `${label} found`, q, null);
    if (!q) continue;
    add('reported', `${label} speaker ${e.speaker}`, q.speaker === e.speaker, q.speaker);
    add('reported', `${label} cue ${e.cue}`, q.cue && ws(q.cue.text).toLowerCase() === e.cue.toLowerCase(), q.cue?.text);
    if (e.mention) add('reported', `${label} mention ${e.mention}`, q.mention && ws(q.mention.text) === e.mention, q.mention?.text);
  }

  for (const [name, mentions] of Object.entries(expected.speakers)) {
    const s = (r.speakers ?? []).find((x) => x.name === name);
    add('speakers', `speaker ${name} listed`, s, (r.speakers ?? []).map((x) => x.name));
    if (!s) continue;
    const have = new Set(s.mentions.map((m) => ws(m.text)));
    for (const m of mentions) add('speakers', `${name} mention ${JSON.stringify(m)}`, have.has(m), [...have]);
  }
  return checks;
}
