import type {ConsentChange} from '../core/types.js';

/** Where records not yet handed to the browser wait for the next page load. */
const UNSENT = 'kelisim:unsent';
const MAX_UNSENT = 20;

/**
 * What a decision sends to `consent-endpoint`, as JSON (see README, "Proof of consent"): the
 * consent id, the revision, the categories, the language, the source, the time and the page
 * URL. Nothing else about the visitor.
 */
export function proofOf(change: ConsentChange, now: Date, url: string) {
  const {record} = change;
  return {
    schema: 1,
    id: record.id,
    revision: record.revision,
    granted: change.granted,
    denied: Object.keys(record.granted).filter((id) => !change.granted.includes(id)),
    language: record.lang,
    source: change.source,
    time: now.toISOString(),
    url,
  };
}

/**
 * Sends proofs with `navigator.sendBeacon`, which survives the page closing, falling back to
 * `fetch` with `keepalive`. A proof neither could hand over is kept in localStorage and sent
 * again on the next page load. Failures never reach the banner.
 */
export function createProofSender(endpoint: string) {
  const unsent = (): string[] => {
    try {
      const list: unknown = JSON.parse(localStorage.getItem(UNSENT) ?? '[]');
      return Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
    } catch {
      return [];
    }
  };
  const keep = (bodies: string[]) => {
    try {
      if (bodies.length) localStorage.setItem(UNSENT, JSON.stringify(bodies.slice(-MAX_UNSENT)));
      else localStorage.removeItem(UNSENT);
    } catch {
      // Storage can be blocked; the proof is then only as good as this one attempt.
    }
  };
  const deliver = async (body: string): Promise<boolean> => {
    // text/plain keeps the request "simple": no CORS preflight for a cross-origin endpoint.
    if (navigator.sendBeacon?.(endpoint, new Blob([body], {type: 'text/plain;charset=UTF-8'}))) return true;
    try {
      const response = await fetch(endpoint, {method: 'POST', body, keepalive: true, mode: 'no-cors'});
      return response.ok || response.type === 'opaque';
    } catch {
      return false;
    }
  };
  const flush = async (bodies: string[]) => {
    const failed: string[] = [];
    for (const body of bodies) if (!(await deliver(body))) failed.push(body);
    keep(failed);
  };
  return {
    send: (proof: object) => void flush([...unsent(), JSON.stringify(proof)]),
    retryUnsent: () => {
      const bodies = unsent();
      if (bodies.length) void flush(bodies);
    },
  };
}
