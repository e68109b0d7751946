// http(s) inputs: fetched with Node's fetch, following redirects, under a timeout and a size
// limit (the engine's maxInputBytes: a larger page would be refused anyway). The final URL after
// redirects becomes the `url` option, so relative links and images resolve against it.

/** Content types that are pages or text; anything else (images, PDF, archives) is refused. */
const TEXT_TYPES = /^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml)$)/i;

/**
 * @param {string} url
 * @param {{timeoutMs: number, maxBytes: number}} limits
 * @returns {Promise<{ok: true, bytes: Uint8Array, finalUrl: string}
 *   | {ok: false, error: {code: string, message: string}}>}
 */
export async function fetchInput(url, { timeoutMs, maxBytes }) {
  const signal = AbortSignal.timeout(timeoutMs);
  let res;
  try {
    res = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' } });
  } catch (e) {
    return failure(e, timeoutMs);
  }
  const type = (res.headers.get('content-type') || '').split(';')[0].trim();
  const refuse = (code, message) => {
    res.body?.cancel().catch(() => {});
    return { ok: false, error: { code, message } };
  };
  if (!res.ok) return refuse('http_error', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${res.url || url}`);
  if (type && !TEXT_TYPES.test(type)) return refuse('unsupported_content', `content type ${type} is not a page or text`);
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) return refuse('input_too_large', `the page is ${declared} bytes, over the limit of ${maxBytes} bytes (--max-input-bytes)`);
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) return refuse('input_too_large', `the page is over the limit of ${maxBytes} bytes (--max-input-bytes)`);
      chunks.push(chunk);
    }
  } catch (e) {
    return failure(e, timeoutMs);
  }
  return { ok: true, bytes: toUtf8(concat(chunks, size), res.headers.get('content-type')), finalUrl: res.url || url };
}

function failure(e, timeoutMs) {
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return { ok: false, error: { code: 'timeout', message: `no complete answer within ${timeoutMs / 1000} s (--timeout)` } };
  }
  const cause = e?.cause?.code || e?.cause?.message || e?.message || String(e);
  return { ok: false, error: { code: 'fetch_failed', message: `fetch failed: ${cause}` } };
}

function concat(chunks, size) {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The engine reads UTF-8. A page declared in another charset by its Content-Type header
 * ("text/html; charset=windows-1252") is decoded and re-encoded; unknown charsets stay as bytes.
 */
function toUtf8(bytes, contentType) {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType || '')?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return bytes;
  try {
    return new TextEncoder().encode(new TextDecoder(charset).decode(bytes));
  } catch {
    return bytes;
  }
}
