import {parseArgs} from 'node:util';

/**
 * Every setting, read from an environment variable or the flag of the same name
 * (`ALLOWED_ORIGINS` ↔ `--allowed-origins`); a flag wins. `--help` prints this table.
 */
export const SETTINGS = [
  ['PORT', '8787', 'port to listen on'],
  ['HOST', '127.0.0.1', 'address to listen on; 0.0.0.0 for every interface'],
  ['DATABASE_URL', '', 'postgres://… to use PostgreSQL; empty: embedded PGlite in DATA_DIR'],
  ['DATA_DIR', './kelisim-data', 'folder of the embedded database'],
  ['ADMIN_TOKEN', '', 'token for /v1/consents, /v1/export and /admin (Bearer); empty: those are off'],
  ['ALLOWED_ORIGINS', '', 'comma-separated origins whose pages may send proofs; empty: any origin'],
  ['RETENTION_DAYS', '0', 'purge proofs received more than this many days ago, hourly; 0: keep all'],
  ['CLIENT_ADDRESS', 'truncate', 'how the client address is kept: truncate (/24, /48), hash, or off'],
  ['ADDRESS_SALT', '', 'secret key for CLIENT_ADDRESS=hash'],
  ['TRUST_PROXY', 'false', 'true behind a reverse proxy: take the client address from X-Forwarded-For'],
  ['RATE_LIMIT', '60', 'proofs per minute per client address (bursts of twice that); 0: no limit'],
  ['COOKIE_REFRESH', 'false', 'true: re-set the consent cookie from the server (same origin only; see Safari)'],
  ['COOKIE_NAME', 'kelisim', "the element's cookie-name"],
  ['COOKIE_DAYS', '365', "the element's expires-days"],
  ['COOKIE_DOMAIN', '', "the element's cookie-domain"],
];

/**
 * @typedef {{
 *   port: number, host: string, databaseUrl?: string, dataDir: string, adminToken?: string,
 *   allowedOrigins: string[], retentionDays: number, clientAddress: 'truncate' | 'hash' | 'off',
 *   addressSalt?: string, trustProxy: boolean, rateLimit: number,
 *   cookie?: {name: string, days: number, domain?: string},
 * }} Config
 */

/**
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {Config | {help: string}}
 */
export function readConfig(argv, env) {
  const flag = (name) => name.toLowerCase().replaceAll('_', '-');
  const {values} = parseArgs({
    args: argv,
    options: Object.fromEntries([
      ['help', {type: 'boolean'}],
      ...SETTINGS.map(([name]) => [flag(name), {type: 'string'}]),
    ]),
  });
  if (values.help) return {help: helpText()};
  /** @param {string} name */
  const get = (name) => {
    const [, fallback] = SETTINGS.find(([key]) => key === name);
    return values[flag(name)] ?? env[name] ?? fallback;
  };
  const clientAddress = get('CLIENT_ADDRESS');
  if (!['truncate', 'hash', 'off'].includes(clientAddress))
    throw new Error('CLIENT_ADDRESS must be truncate, hash or off');
  if (clientAddress === 'hash' && !get('ADDRESS_SALT')) throw new Error('CLIENT_ADDRESS=hash needs ADDRESS_SALT');
  const adminToken = get('ADMIN_TOKEN') || undefined;
  if (adminToken && adminToken.length < 16) throw new Error('ADMIN_TOKEN must be at least 16 characters');
  return {
    port: wholeNumber(get('PORT'), 'PORT'),
    host: get('HOST'),
    databaseUrl: get('DATABASE_URL') || undefined,
    dataDir: get('DATA_DIR'),
    adminToken,
    allowedOrigins: list(get('ALLOWED_ORIGINS')).map((origin) => new URL(origin).origin),
    retentionDays: wholeNumber(get('RETENTION_DAYS'), 'RETENTION_DAYS'),
    clientAddress,
    addressSalt: get('ADDRESS_SALT') || undefined,
    trustProxy: yes(get('TRUST_PROXY')),
    rateLimit: wholeNumber(get('RATE_LIMIT'), 'RATE_LIMIT'),
    cookie: yes(get('COOKIE_REFRESH'))
      ? {
          name: get('COOKIE_NAME'),
          days: wholeNumber(get('COOKIE_DAYS'), 'COOKIE_DAYS'),
          domain: get('COOKIE_DOMAIN') || undefined,
        }
      : undefined,
  };
}

function helpText() {
  const rows = SETTINGS.map(
    ([name, fallback, text]) =>
      `  --${name.toLowerCase().replaceAll('_', '-')}  ${name}  ${text}${fallback ? ` (default ${fallback})` : ''}`
  );
  return `Usage: kelisim-server [flags]\nEach flag has an environment variable of the same name.\n\n${rows.join('\n')}\n`;
}

const list = (text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const yes = (text) => ['1', 'true', 'yes', 'on'].includes(text.toLowerCase());

function wholeNumber(text, name) {
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, not "${text}"`);
  return Number(text);
}
