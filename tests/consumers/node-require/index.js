// CommonJS: require('pith') works where Node can require() ES modules (20.19+, 22.12+); older
// versions throw ERR_REQUIRE_ESM, whose message points to import(), which works everywhere.
// Prints one JSON line for the test.
'use strict';

const ARTICLE = 'The council of Selmar Point voted on Tuesday to keep the night ferry running for two more years.';

async function main() {
  let viaRequire;
  try {
    const { createPith } = require('pith');
    viaRequire = { ok: true, text: (await createPith()).clean(ARTICLE).text };
  } catch (e) {
    viaRequire = { ok: false, code: e.code, message: e.message };
  }
  const { createPith } = await import('pith');
  const viaImport = (await createPith()).clean(ARTICLE).text;
  console.log(JSON.stringify({ viaRequire, viaImport }));
}

main();
