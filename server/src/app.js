import {getConnInfo} from '@hono/node-server/conninfo';
import {Hono} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import {cors} from 'hono/cors';
import * as v from 'valibot';
import {adminCheck} from './admin-auth.js';
import {renderAdmin} from './admin-page.js';
import {csvHeader, csvLine, ndjsonLine, plain} from './export-format.js';
import {createRateLimiter} from './rate-limit.js';
import {parseProof} from './schema.js';
import {clientTag, uaFamily} from './visitor.js';

/** The proof body is a few hundred bytes; anything near this is not a proof. */
export const MAX_BODY = 4096;
const DAY_MS = 24 * 3600 * 1000;

const ExportQuery = v.object({
  from: v.optional(v.pipe(v.string(), v.isoDate('from must be a date, YYYY-MM-DD'))),
  to: v.optional(v.pipe(v.string(), v.isoDate('to must be a date, YYYY-MM-DD'))),
  format: v.optional(v.picklist(['csv', 'ndjson'], 'format must be csv or ndjson'), 'ndjson'),
});
const ConsentId = v.pipe(v.string(), v.uuid('not a consent id (a UUID)'), v.toLowerCase());

/**
 * Routes only: parse, validate, hand to the store, answer.
 * @param {{config: import('./config.js').Config, store: import('./store.js').ProofStore}} options
 */
export function createApp({config, store}) {
  const app = new Hono();
  const limiter = config.rateLimit
    ? createRateLimiter({perMinute: config.rateLimit, burst: 2 * config.rateLimit})
    : undefined;
  const allowed = (origin) => !config.allowedOrigins.length || config.allowedOrigins.includes(origin);
  const addressOf = (c) => {
    const forwarded = config.trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
    return forwarded || getConnInfo(c).remote.address;
  };
  const problem = (c, status, error) => c.json({error}, status);

  app.onError((error, c) => {
    console.error(error);
    const what =
      c.req.method === 'POST' ? 'not stored: the database did not answer; send again' : 'the database did not answer';
    return problem(c, 503, what);
  });

  app.get('/healthz', (c) => c.text('ok'));

  app.use(
    '/v1/proofs',
    cors({origin: (origin) => (allowed(origin) ? origin : null), allowMethods: ['POST'], maxAge: 86400})
  );
  app.post(
    '/v1/proofs',
    limitBody({
      maxSize: MAX_BODY,
      onError: (c) => {
        // The rest of the body is not read, so this connection cannot carry another request.
        c.header('Connection', 'close');
        return problem(c, 413, `body is larger than ${MAX_BODY} bytes`);
      },
    }),
    async (c) => {
      const address = addressOf(c);
      const wait = limiter?.take(address ?? '');
      if (wait) {
        c.header('Retry-After', String(wait));
        return problem(c, 429, 'too many proofs from this address; slow down');
      }
      // The element posts a string body, so text/plain, which needs no CORS preflight; other clients may post JSON.
      const type = c.req.header('content-type') ?? 'text/plain';
      if (!/^(text\/plain|application\/json)\s*(;|$)/i.test(type))
        return problem(c, 415, 'send the proof as text/plain or application/json');
      let body;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return problem(c, 400, 'body is not JSON');
      }
      const parsed = parseProof(body);
      if ('problem' in parsed) return problem(c, 400, parsed.problem);
      const {proof} = parsed;
      const requestOrigin = c.req.header('origin');
      if (requestOrigin && requestOrigin !== 'null' && requestOrigin !== proof.origin) {
        return problem(c, 400, 'the proof is for a page on another origin than the request came from');
      }
      if (!allowed(proof.origin)) return problem(c, 403, `origin ${proof.origin} is not in ALLOWED_ORIGINS`);
      const {stored} = await store.append({
        consentId: proof.id,
        decidedAt: proof.decidedAt,
        revision: proof.revision,
        granted: proof.granted,
        denied: proof.denied,
        language: proof.language,
        origin: proof.origin,
        path: proof.path,
        source: proof.source,
        uaFamily: uaFamily(c.req.header('user-agent')),
        client: clientTag(address, {mode: config.clientAddress, salt: config.addressSalt}),
      });
      if (config.cookie) refreshCookie(c, config.cookie, proof.id, config.trustProxy);
      return c.json({id: proof.id, stored, duplicate: !stored}, stored ? 201 : 200);
    }
  );

  const isAdmin = config.adminToken ? adminCheck(config.adminToken) : () => false;
  const admin = (challenge) => async (c, next) => {
    if (!config.adminToken) return problem(c, 404, 'the audit routes are off: set ADMIN_TOKEN');
    if (isAdmin(c.req.header('authorization'))) return next();
    c.header('WWW-Authenticate', `${challenge} realm="Kelisim records"`);
    return problem(c, 401, 'send the admin token as Authorization: Bearer <token>');
  };
  app.use('/v1/consents/*', admin('Bearer'));
  app.use('/v1/export', admin('Bearer'));
  // A browser can only answer a Basic challenge (with the token as password) on its own.
  app.use('/admin', admin('Basic'));

  app.get('/v1/consents/:id', async (c) => {
    const id = v.safeParse(ConsentId, c.req.param('id'));
    if (!id.success) return problem(c, 400, id.issues[0].message);
    const proofs = await store.history(id.output);
    if (!proofs.length) return problem(c, 404, 'no proof for this consent id');
    return c.json({id: id.output, proofs: proofs.map(plain)});
  });

  app.get('/v1/export', (c) => {
    const query = v.safeParse(ExportQuery, c.req.query(), {abortPipeEarly: true});
    if (!query.success) return problem(c, 400, query.issues[0].message);
    const {from = '1970-01-01', to, format} = query.output;
    // `to` is inclusive: the whole of that day.
    const range = {from: new Date(from), to: to ? new Date(Date.parse(to) + DAY_MS) : new Date(Date.now() + DAY_MS)};
    const csv = format === 'csv';
    c.header('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
    c.header('Content-Disposition', `attachment; filename="kelisim-proofs-${from}-${to ?? 'now'}.${format}"`);
    return c.body(streamOf(store.export(range), csv ? csvLine : ndjsonLine, csv ? csvHeader() : ''));
  });

  app.get('/admin', async (c) => {
    const days = Math.min(366, Math.max(1, Number.parseInt(c.req.query('days') ?? '30', 10) || 30));
    const today = Date.UTC(...ymd(new Date()));
    const range = {from: new Date(today - (days - 1) * DAY_MS), to: new Date(today + DAY_MS)};
    const id = c.req.query('id')?.trim();
    let lookup;
    if (id) {
      const parsed = v.safeParse(ConsentId, id);
      lookup = parsed.success
        ? {id: parsed.output, proofs: await store.history(parsed.output)}
        : {id, error: parsed.issues[0].message};
    }
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    c.header('Cache-Control', 'no-store');
    return c.html(renderAdmin({stats: await store.stats(range), range, lookup}));
  });

  return app;
}

/**
 * Hono's bodyLimit reads every body as a web stream, which costs the Node server its direct read
 * (a tenth of a proof's CPU). A declared length, which every browser sends, is checked here;
 * only a chunked body goes through bodyLimit.
 * @param {Parameters<typeof bodyLimit>[0]} options
 */
function limitBody(options) {
  const streamed = bodyLimit(options);
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    return Number(length) > options.maxSize ? options.onError(c) : next();
  };
}

/** Streams `rows` as they come from the store, never holding the whole export in memory. */
function streamOf(rows, line, head) {
  const iterator = rows[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      if (head) controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      const {value, done} = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(line(value)));
    },
    cancel: () => iterator.return?.(),
  });
}

/**
 * Safari keeps a cookie written by script for 7 days at most, but one set by the site's own
 * server for as long as it says. When the endpoint is on the site's origin, the proof request
 * carries the consent cookie: send the same value back with the element's attributes. Only a
 * cookie that holds this proof's consent id is re-set.
 */
function refreshCookie(c, {name, days, domain}, id, trustProxy) {
  const value = c.req
    .header('cookie')
    ?.split(/;\s*/)
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  if (!value || !/^[A-Za-z0-9.:|%_-]{1,2048}$/.test(value) || value.split('.')[1]?.toLowerCase() !== id) return;
  const https =
    new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto') === 'https');
  const attributes = [
    `Max-Age=${days * 86_400}`,
    'Path=/',
    'SameSite=Lax',
    domain && `Domain=${domain}`,
    https && 'Secure',
  ];
  c.header('Set-Cookie', [`${name}=${value}`, ...attributes.filter(Boolean)].join('; '));
}

const ymd = (date) => [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
