// CommonJS use under moduleResolution nodenext, where TypeScript models require(esm).
import pith = require('pith');
export async function viaRequire(text: string): Promise<string> {
  const engine = await pith.createPith();
  return engine.clean(text).text;
}
