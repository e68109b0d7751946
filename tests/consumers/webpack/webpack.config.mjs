// The smallest webpack 5 configuration: an entry and an output folder; nothing for pith.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export default {
  mode: 'production',
  context: here,
  entry: './main.js',
  output: { path: path.join(here, 'dist'), clean: true },
};
