// The progress bar (standard error on a terminal only: silent when piped or redirected) and
// the summary after a batch. The native CLI (core/cli/progress.cpp) draws the same line:
//   pith clean [########----------------]  812/2000  41%  3.2 MB/s  ETA 0:07  2 failed

const REDRAW_MS = 100;

/** Draws the bar at most every REDRAW_MS, and once more at the end. */
export class Progress {
  /**
   * @param {{write: (s: string) => void, columns?: number}} out
   * @param {string} label
   * @param {number} total
   */
  constructor(out, label, total) {
    Object.assign(this, { out, label, total, done: 0, failed: 0, bytes: 0, start: Date.now(), last: 0 });
    this.draw();
  }

  /** One input finished. */
  tick(ok, bytes) {
    this.done++;
    this.bytes += bytes;
    if (!ok) this.failed++;
    const now = Date.now();
    if (now - this.last >= REDRAW_MS || this.done === this.total) this.draw(now);
  }

  /** A line above the bar (--verbose). */
  log(line) {
    this.out.write(`\r\x1b[K${line}\n`);
    this.draw();
  }

  /** The last frame, left on screen, and a line break. */
  end() {
    this.draw();
    this.out.write('\n');
  }

  draw(now = Date.now()) {
    this.last = now;
    this.out.write(`\r${progressLine(this, now - this.start, this.out.columns || 80)}\x1b[K`);
  }
}

/**
 * @param {{label: string, total: number, done: number, failed: number, bytes: number}} s
 * @param {number} elapsedMs
 * @param {number} columns
 */
export function progressLine(s, elapsedMs, columns) {
  const secs = elapsedMs / 1000;
  const rate = secs > 0 ? s.bytes / 1e6 / secs : 0;
  const eta = s.done > 0 && s.done < s.total ? clock((secs / s.done) * (s.total - s.done)) : s.done >= s.total ? clock(secs) : '-:--';
  const count = `${String(s.done).padStart(String(s.total).length)}/${s.total}`;
  const pct = `${String(Math.floor((s.done * 100) / Math.max(1, s.total))).padStart(3)}%`;
  const failed = s.failed ? `  ${s.failed} failed` : '';
  const tail = ` ${count} ${pct}  ${rate.toFixed(1)} MB/s  ${s.done >= s.total ? 'in' : 'ETA'} ${eta}${failed}`;
  const head = `pith ${s.label} `;
  // Room kept for the largest failure count: the bar does not shrink when the first input fails.
  const reserved = tail.length - failed.length + `  ${s.total} failed`.length;
  const width = Math.max(10, Math.min(40, columns - 1 - head.length - reserved - 2));
  const filled = Math.round((width * s.done) / Math.max(1, s.total));
  return `${head}[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`;
}

function clock(secs) {
  const t = Math.round(secs);
  const h = Math.floor(t / 3600), m = Math.floor((t % 3600) / 60), sec = t % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** Failures listed in the summary; the rest are counted ("and 12 more"); --verbose lists all. */
export const LISTED_FAILURES = 20;

/**
 * The summary written to standard error after a batch:
 *   pith: 1998 ok, 2 failed (2000 inputs, 31.5 MB in 9.8 s, 2 jobs)
 *     pages/a.html: input_too_large: input is ... bytes, over the limit ...
 * @param {{ok: number, failures: Array<{path: string, error: {code: string, message: string}}>,
 *   bytes: number, ms: number, jobs: number, perJob?: number[] | null, verbose: boolean, stopped: boolean, total: number}} s
 */
export function summary(s) {
  const lines = [`pith: ${s.ok} ok, ${s.failures.length} failed (${s.total} input${s.total === 1 ? '' : 's'}, ${(s.bytes / 1e6).toFixed(1)} MB in ${(s.ms / 1000).toFixed(1)} s, ${s.jobs} job${s.jobs === 1 ? '' : 's'})`];
  const shown = s.verbose ? s.failures : s.failures.slice(0, LISTED_FAILURES);
  for (const f of shown) lines.push(`  ${f.path}: ${f.error.code}: ${f.error.message}`);
  if (shown.length < s.failures.length) lines.push(`  ... and ${s.failures.length - shown.length} more (--verbose lists all)`);
  if (s.stopped) lines.push(`pith: stopped at the first failure (--fail-fast); ${s.total - s.ok - s.failures.length} inputs not processed`);
  if (s.verbose && s.perJob) lines.push(`pith: inputs per job: ${s.perJob.join(' ')}`);
  return `${lines.join('\n')}\n`;
}
