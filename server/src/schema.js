import * as v from 'valibot';

/**
 * The proof the browser posts (README, "Proof of consent"), checked field by field. Unknown
 * fields are dropped, never stored. The page comes as `url`, or as `origin` and `path`; either
 * way only the origin and the path are kept: a query string or fragment can carry a visitor's
 * e-mail, a search or a token, and the proof needs none of them.
 */

const CATEGORY = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]{0,31}$/, 'is not a category id'));
const CATEGORIES = v.pipe(v.array(CATEGORY), v.maxLength(32, 'lists more than 32 categories'));
/** Earlier than any Kelisim release: a proof dated before it is a broken clock or a forgery. */
const EARLIEST = Date.UTC(2024, 0, 1);
/** Visitors' clocks run fast; a day ahead is tolerated, more is refused. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;
const HTTP_URL = v.pipe(v.string(), v.maxLength(2048), v.url(), v.check(isHttp, 'is not an http(s) URL'));

export const SOURCES = ['accept-all', 'reject-all', 'save', 'api', 'gpc', 'banner', 'dialog'];

export const ProofBody = v.pipe(
  v.object({
    schema: v.optional(v.picklist([1, 2], 'schema must be 1 or 2')),
    id: v.pipe(v.string(), v.uuid('id is not a UUID'), v.toLowerCase()),
    revision: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(2 ** 31 - 1)),
    granted: CATEGORIES,
    denied: CATEGORIES,
    language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'is not a language code')),
    source: v.picklist(SOURCES, `source must be one of ${SOURCES.join(', ')}`),
    time: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('time is not an ISO 8601 timestamp')),
    url: v.optional(HTTP_URL),
    origin: v.optional(HTTP_URL),
    path: v.optional(v.pipe(v.string(), v.maxLength(2048), v.startsWith('/', 'path must start with /'))),
  }),
  v.check(
    (proof) => proof.url !== undefined || proof.origin !== undefined,
    'the page is missing: send url, or origin and path'
  ),
  v.check(
    ({granted, denied}) => new Set([...granted, ...denied]).size === granted.length + denied.length,
    'a category is listed twice'
  ),
  v.transform(({url, origin, path, time, ...proof}) => ({
    ...proof,
    decidedAt: new Date(time),
    ...page(url, origin, path),
  })),
  v.check(({decidedAt}) => !Number.isNaN(decidedAt.getTime()), 'time is not a real date'),
  v.check(({decidedAt}) => decidedAt.getTime() >= EARLIEST, 'time is before 2024'),
  v.check(({decidedAt}) => decidedAt.getTime() <= Date.now() + FUTURE_SLACK_MS, 'time is in the future')
);

/**
 * @param {unknown} input the parsed JSON body
 * @returns {{proof: v.InferOutput<typeof ProofBody>} | {problem: string}}
 */
export function parseProof(input) {
  const result = v.safeParse(ProofBody, input, {abortPipeEarly: true});
  if (result.success) return {proof: result.output};
  const [issue] = result.issues;
  const where = v.getDotPath(issue);
  return {problem: where ? `${where}: ${issue.message}` : issue.message};
}

function isHttp(value) {
  return /^https?:$/.test(new URL(value).protocol);
}

/** Origin and path of the page, without query or fragment, from either shape. */
function page(url, origin, path) {
  if (url !== undefined && origin === undefined) {
    const parsed = new URL(url);
    return {origin: parsed.origin, path: parsed.pathname};
  }
  return {origin: new URL(origin).origin, path: (path ?? '/').split(/[?#]/)[0]};
}
