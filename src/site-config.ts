import {isCategoryId} from './core/record.js';
import {DEFAULT_COOKIES} from './integrations/cookie-cleanup.js';
import {GTAG_URL} from './integrations/google-analytics.js';
import {METRIKA_URL} from './integrations/yandex-metrika.js';
import {ESSENTIAL} from './core/types.js';
import type {CategoryId, ConsentConfig} from './core/types.js';
import {error, warn} from './internal/warn.js';

/** Everything a site sets on `<kelisim-consent>`, read once when Kelisim starts. */
export interface SiteConfig extends ConsentConfig {
  cookieName: string;
  cookieDomain?: string;
  /** A safe (http, https or relative) link to the site's privacy policy, if any. */
  policyUrl?: string;
  /** Yandex Metrika counter ids that Kelisim loads once `performance` is granted. */
  yandexMetrika: string[];
  /** Options for `ym(id, 'init', options)`. */
  yandexMetrikaOptions: Record<string, unknown>;
  /** Google tag ids (`G-…`) that Kelisim loads once `performance` is granted. */
  googleAnalytics: string[];
  /** Where the loaders come from: the vendors' hosts, or a site's first-party proxy. */
  yandexMetrikaSrc: string;
  googleAnalyticsSrc: string;
  /** Whether Kelisim writes Google Consent Mode v2 commands, and whether Google loads before consent. */
  googleConsentMode: GoogleConsentMode;
  /** Reload the page after a withdrawal, so tags that already run stop collecting. */
  reloadOnWithdraw: boolean;
  /** Send Metrika hits and GA page views on history navigation. */
  spa: boolean;
  /** Where each decision's proof is sent, if anywhere. */
  consentEndpoint?: string;
  /** `reject`: a browser sending Global Privacy Control gets non-essential categories rejected, unasked. */
  gpc?: 'reject';
}

/**
 * `off`: no consent-mode commands. `basic`: defaults denied, Google loads only after consent.
 * `advanced`: defaults denied, Google loads at once and sends cookieless pings until consent.
 */
export type GoogleConsentMode = 'off' | 'basic' | 'advanced';

const DEFAULTS = {
  cookieName: 'kelisim',
  expiresDays: 365,
  categories: ['performance', 'functional'],
  /** Metrika's recommended counter options. */
  yandexMetrikaOptions: {clickmap: true, trackLinks: true, accurateTrackBounce: true},
};

/** Chromium keeps no cookie longer than 400 days, so a longer promise would not hold. */
const MAX_DAYS = 400;
/** The largest revision the stored record can carry (11 digits). */
const MAX_REVISION = 99_999_999_999;
const COOKIE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const METRIKA_ID = /^\d{1,12}$/;
const GOOGLE_TAG_ID = /^(G|GT|AW|DC)-[A-Z0-9]{4,20}$/;

/**
 * Reads the config from the element's attributes with plain DOM calls (no Lit), so the start-up
 * path can run without the UI. Every bad value is warned about and replaced by its default.
 */
export function readSiteConfig(host: Element): SiteConfig {
  const attribute = (name: string) => host.getAttribute(name) ?? undefined;
  const categories = readCategories(attribute('categories'));
  const googleAnalytics = readIds('google-analytics', attribute('google-analytics'), GOOGLE_TAG_ID);
  return {
    categories,
    revision: readWholeNumber('revision', attribute('revision'), 0, 0, MAX_REVISION),
    expiresDays: readWholeNumber('expires-days', attribute('expires-days'), DEFAULTS.expiresDays, 1, MAX_DAYS),
    cookieName: readCookieName(attribute('cookie-name')),
    cookieDomain: attribute('cookie-domain') || undefined,
    policyUrl: safeUrl('policy-url', attribute('policy-url')),
    yandexMetrika: readIds('yandex-metrika', attribute('yandex-metrika'), METRIKA_ID),
    yandexMetrikaOptions: readOptions(attribute('yandex-metrika-options')),
    googleAnalytics,
    yandexMetrikaSrc: safeUrl('yandex-metrika-src', attribute('yandex-metrika-src')) ?? METRIKA_URL,
    googleAnalyticsSrc: safeUrl('google-analytics-src', attribute('google-analytics-src')) ?? GTAG_URL,
    googleConsentMode: readConsentMode(attribute('google-consent-mode'), googleAnalytics.length > 0),
    reloadOnWithdraw: attribute('reload-on-withdraw') !== 'false',
    spa: host.hasAttribute('spa'),
    consentEndpoint: safeUrl('consent-endpoint', attribute('consent-endpoint')),
    gpc: readGpc(attribute('gpc')),
  };
}

function readGpc(value: string | undefined): 'reject' | undefined {
  if (value === undefined || value === 'reject') return value;
  warn(`gpc="${value}" is not "reject"; Global Privacy Control is not acted on.`);
  return undefined;
}

/**
 * The element's `<script type="application/json">` child: the site's texts and cookie rules.
 * Read when needed rather than at start-up, since the parser connects the element before its
 * children exist.
 */
export function readJsonConfig(host: Element): {texts?: unknown; cookies?: unknown} {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return {};
  try {
    const value: unknown = JSON.parse(script.textContent ?? '');
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    warn('The JSON config must be an object, e.g. {"texts": {"ru": {…}}}; it is ignored.');
  } catch (error) {
    warn(`The JSON config is not valid JSON and is ignored: ${error}`);
  }
  return {};
}

/**
 * Cookie name patterns to remove per category when it is withdrawn: the defaults (GA and
 * Metrika for `performance`) plus the JSON child's `{"cookies": {"marketing": ["_fbp", "_fbc"]}}`.
 */
export function readCookieRules(host: Element): Record<CategoryId, string[]> {
  const rules: Record<CategoryId, string[]> = {...DEFAULT_COOKIES};
  const {cookies} = readJsonConfig(host);
  if (cookies === undefined) return rules;
  if (!cookies || typeof cookies !== 'object' || Array.isArray(cookies)) {
    warn('"cookies" in the JSON config must map categories to name patterns; it is ignored.');
    return rules;
  }
  for (const [category, patterns] of Object.entries(cookies)) {
    if (!Array.isArray(patterns) || !patterns.every((pattern) => typeof pattern === 'string' && pattern)) {
      warn(`"cookies.${category}" in the JSON config must be a list of names like "_fbp" or "_ym_*"; it is ignored.`);
      continue;
    }
    rules[category] = [...(rules[category] ?? []), ...patterns];
  }
  return rules;
}

function readIds(name: string, value: string | undefined, valid: RegExp): string[] {
  const ids = (value ?? '').split(/\s+/).filter(Boolean);
  return ids.filter((id) => {
    if (valid.test(id)) return true;
    warn(`${name}: "${id}" is not a valid id and is ignored.`);
    return false;
  });
}

function readOptions(value: string | undefined): Record<string, unknown> {
  if (value === undefined) return DEFAULTS.yandexMetrikaOptions;
  try {
    const options: unknown = JSON.parse(value);
    if (options && typeof options === 'object' && !Array.isArray(options)) return options as Record<string, unknown>;
  } catch {
    // Warned about below, like any value that is not an object.
  }
  warn(`yandex-metrika-options is not a JSON object; using ${JSON.stringify(DEFAULTS.yandexMetrikaOptions)}.`);
  return DEFAULTS.yandexMetrikaOptions;
}

function readConsentMode(value: string | undefined, hasGoogleTag: boolean): GoogleConsentMode {
  if (value === undefined) return hasGoogleTag ? 'basic' : 'off';
  if (value === '' || value === 'basic') return 'basic';
  if (value === 'advanced') return 'advanced';
  warn(`google-consent-mode="${value}" is not "basic" or "advanced"; using "basic".`);
  return 'basic';
}

function readCategories(value: string | undefined): string[] {
  const ids = value === undefined ? DEFAULTS.categories : value.split(/\s+/).filter(Boolean);
  const valid = ids.filter((id) => {
    if (isCategoryId(id)) return true;
    warn(`Category "${id}" is ignored: ids are lower-case letters and digits, like "marketing".`);
    return false;
  });
  return [...new Set([ESSENTIAL, ...valid])];
}

function readWholeNumber(name: string, value: string | undefined, fallback: number, min: number, max: number) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() !== '' && Number.isInteger(number) && number >= min && number <= max) return number;
  warn(`${name}="${value}" is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

function readCookieName(value: string | undefined): string {
  if (value === undefined) return DEFAULTS.cookieName;
  // `__proto__`, `constructor`…: code that reads cookies into an object would get the prototype's member.
  if (value in Object.prototype) {
    error(`cookie-name="${value}" is refused: it names a member of every object; using "${DEFAULTS.cookieName}".`);
    return DEFAULTS.cookieName;
  }
  if (COOKIE_NAME.test(value)) return value;
  warn(`cookie-name="${value}" is not a valid cookie name; using "${DEFAULTS.cookieName}".`);
  return DEFAULTS.cookieName;
}

/** Only http(s) and relative URLs are used: `javascript:` and friends would run script. */
function safeUrl(name: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // An unparsable URL is refused below like any unsafe one.
  }
  warn(`${name}="${value}" is refused: only http, https and relative URLs are allowed.`);
  return undefined;
}
