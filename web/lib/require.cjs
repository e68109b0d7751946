// What require('pith') loads on a Node without require(esm) (before 20.19 and 22.12): Pith is
// an ES module. Newer Node versions load node.js through the "module-sync" condition instead.
'use strict';
const error = new Error(
  "pith is an ES module and this Node.js (" + process.version + ") cannot require() it. " +
  "Use `const { createPith } = await import('pith')` (it works in CommonJS too), " +
  'or Node.js 20.19+ / 22.12+, where require(\'pith\') works.');
error.code = 'ERR_REQUIRE_ESM';
throw error;
