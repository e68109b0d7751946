// The app's own module worker (Vite bundles it with its default worker format, iife): it runs
// createPith() itself and answers each posted text with the clean() result.
import { createPith } from 'pith';

self.addEventListener('message', async (event) => {
  try {
    const pith = await createPith();
    self.postMessage({ ok: true, result: pith.clean(event.data) });
  } catch (e) {
    self.postMessage({ ok: false, error: { code: e.code, message: e.message } });
  }
});
