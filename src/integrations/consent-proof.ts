import type {ConsentChange} from '../core/types.js';

/** The most proofs kept for a later page. */
const MAX_UNSENT = 20;

/**
 * What a decision sends to `consent-endpoint`, as JSON (see README, "Proof of consent"): the
 * consent id, the revision, the categories, the language, the source, the time and the page's
 * origin and path. Nothing else about the visitor.
 */
export function proofOf(change: ConsentChange, now: Date, url: string) {
  const {record} = change;
  const page = new URL(url);
  return {
    schema: 1,
    id: record.id,
    revision: record.revision,
    granted: change.granted,
    denied: Object.keys(record.granted).filter((id) => !change.granted.includes(id)),
    language: record.lang,
    source: change.source,
    time: now.toISOString(),
    // No query string or fragment: they can hold an e-mail address or a token.
    url: page.origin + page.pathname,
  };
}

/**
 * Sends proofs with `fetch` and `keepalive`, which survives the page closing. A proof that could
 * not be sent (offline, blocked by CSP) waits in localStorage, in a queue per cookie name (two
 * Kelisim sites on one origin have their own endpoints), and is sent again on a later page. Each
 * proof leaves the queue before it is sent, so no other page or flush sends it a second time.
 * Failures never reach the banner.
 */
export function createProofSender(endpoint: string, cookieName: string) {
  const key = `${cookieName}:unsent`;
  // A page that is going away sees its requests still in flight fail, though `keepalive` sends
  // them on (Chromium rejects them after pagehide): kept for a later page, they would arrive twice.
  let leaving = false;
  addEventListener('pagehide', () => (leaving = true));
  addEventListener('pageshow', () => (leaving = false));
  const unsent = (): string[] => {
    try {
      const list: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
    } catch {
      return [];
    }
  };
  const keep = (bodies: string[]) => {
    try {
      if (bodies.length) localStorage.setItem(key, JSON.stringify(bodies.slice(-MAX_UNSENT)));
      else localStorage.removeItem(key);
    } catch {
      // Storage can be blocked; the proof is then only as good as this one attempt.
    }
  };
  const take = () => {
    const bodies = unsent();
    keep([]);
    return bodies;
  };
  const deliver = async (body: string): Promise<boolean> => {
    try {
      // A string body is sent as text/plain: no CORS preflight for a cross-origin endpoint.
      await fetch(endpoint, {method: 'POST', body, keepalive: true, mode: 'no-cors'});
      return true;
    } catch {
      return false;
    }
  };
  const flush = async (bodies: string[]) => {
    const failed: string[] = [];
    for (const body of bodies) if (!(await deliver(body))) failed.push(body);
    if (failed.length && !leaving) keep([...unsent(), ...failed]);
  };
  return {
    send: (proof: object) => void flush([...take(), JSON.stringify(proof)]),
    retryUnsent: () => void flush(take()),
  };
}
