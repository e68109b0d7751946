// Shared by the browser fixture apps (copied next to each app's main.js): a composed article and
// a reporter that puts the outcome on <body> for the test to read.

/** A short composed article: a headline, two body paragraphs and one attributed quote. */
export const ARTICLE = [
  'Selmar Point keeps its night ferry',
  'The council of Selmar Point voted on Tuesday to keep the night ferry running for two more years, after a long campaign by commuters.',
  '“The last boat is how the nurses get home,” said Mara Quill, who led the campaign.',
  'The ferry company will publish a new timetable for the crossing in March.',
].join('\n\n');

/**
 * Runs `steps` (name -> async function returning a clean() result) and writes
 * data-state="done" and data-results (JSON) on <body>, or data-state="error" and data-error.
 * @param {Record<string, () => Promise<object>>} steps
 */
export async function report(steps) {
  const results = {};
  try {
    for (const [name, run] of Object.entries(steps)) {
      const r = await run();
      results[name] = { title: r.title, text: r.text, quotes: r.quotes.map((q) => ({ text: q.text, speaker: q.speaker })) };
    }
    document.body.dataset.results = JSON.stringify(results);
    document.body.dataset.state = 'done';
  } catch (e) {
    document.body.dataset.error = `${e && e.code}: ${e && e.message}`;
    document.body.dataset.state = 'error';
  }
}
