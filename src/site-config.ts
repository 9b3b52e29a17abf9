import {isCategoryId} from './core/record.js';
import type {ConsentModeOptions} from './integrations/google-consent-mode.js';
import {ESSENTIAL} from './core/types.js';
import type {CategoryId, ConsentConfig, ServiceId} from './core/types.js';
import {error, warn} from './internal/warn.js';

/** Everything a site sets on `<kelisim-consent>`, read once when Kelisim starts. */
export interface SiteConfig extends ConsentConfig {
  cookieName: string;
  cookieDomain?: string;
  /** A safe (http, https or relative) link to the site's privacy policy, if any. */
  policyUrl?: string;
  /**
   * Whether Kelisim writes Google Consent Mode v2 commands, and whether Google loads before
   * consent. Unset: `basic` as soon as a Google tag is configured, else `off`.
   */
  googleConsentMode?: GoogleConsentMode;
  /** `google-consent-options`: region defaults, `ads_data_redaction`, `url_passthrough`. */
  googleConsentOptions: ConsentModeOptions;
  /** Reload the page after a withdrawal of a tag that has no opt-out of its own, so it stops collecting. */
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

export const DEFAULTS = {
  cookieName: 'kelisim',
  expiresDays: 365,
  categories: ['performance', 'functional'],
};

/** Chromium keeps no cookie longer than 400 days, so a longer promise would not hold. */
const MAX_DAYS = 400;
/** The largest revision the stored record can carry (11 digits). */
const MAX_REVISION = 99_999_999_999;
const COOKIE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads the config from the element's attributes with plain DOM calls (no Lit), so the start-up
 * path can run without the UI. Every bad value is warned about and replaced by its default.
 */
export function readSiteConfig(host: Element): SiteConfig {
  const attribute = (name: string) => host.getAttribute(name) ?? undefined;
  const categories = readCategories(attribute('categories'));
  return {
    categories,
    revision: readWholeNumber('revision', attribute('revision'), 0, 0, MAX_REVISION),
    expiresDays: readWholeNumber('expires-days', attribute('expires-days'), DEFAULTS.expiresDays, 1, MAX_DAYS),
    cookieName: readCookieName(attribute('cookie-name')),
    cookieDomain: attribute('cookie-domain') || undefined,
    policyUrl: safeUrl('policy-url', attribute('policy-url')),
    googleConsentMode: readConsentMode(attribute('google-consent-mode')),
    googleConsentOptions: readOptions('google-consent-options', attribute('google-consent-options')) ?? {},
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
 * The element's `<script type="application/json">` child: the site's texts, added languages and cookie rules.
 * Read when needed rather than at start-up, since the parser connects the element before its
 * children exist.
 */
export function readJsonConfig(host: Element): {
  texts?: unknown;
  languages?: unknown;
  cookies?: unknown;
  services?: unknown;
} {
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

/** A text the site gives once, or per language: `"Analytics"` or `{"ru": "Аналитика", "en": "Analytics"}`. */
export type SiteText = string | Record<string, string>;

/** A service a site declares inside a category, switched on and off on its own in the dialog. */
export interface Service {
  id: ServiceId;
  category: CategoryId;
  name: SiteText;
  vendor?: SiteText;
  purpose?: SiteText;
  /** Names (or `_ym_*` patterns) of the cookies it sets. */
  cookies?: string[];
  retention?: SiteText;
  /** Whether its data leaves the country. */
  abroad?: boolean;
}

/**
 * The services the JSON child declares per category of the site:
 * `{"services": {"performance": [{"id": "metrika", "name": "Yandex Metrika", …}]}}`. Read when
 * needed (the dialog, the API), like the texts; gating needs only the record's refusals.
 */
export function readServices(host: Element, categories: CategoryId[]): Service[] {
  const found: Service[] = [];
  for (const [category, list] of Object.entries(readJsonConfig(host).services ?? {})) {
    for (const service of (Array.isArray(list) ? list : [undefined]) as Partial<Service>[]) {
      const id = service?.id;
      // An id that is also a category's would make `allowed(id)` ambiguous.
      const valid =
        typeof id === 'string' && isCategoryId(id) && !categories.includes(id) && !found.some((s) => s.id === id);
      if (category === ESSENTIAL || !categories.includes(category) || !valid || !service.name) {
        warn(
          `Service ${JSON.stringify(service)} of "services.${category}" in the JSON config is ignored: each needs a new id like "metrika" and a name, under one of the site's categories.`
        );
        continue;
      }
      found.push({...service, id, category, name: service.name});
    }
  }
  return found;
}

/** A JSON object attribute; anything else is warned about and undefined (the default applies). */
export function readOptions(name: string, value: string | undefined): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  try {
    const options: unknown = JSON.parse(value);
    if (options && typeof options === 'object' && !Array.isArray(options)) return options as Record<string, unknown>;
  } catch {
    // Warned about below, like any value that is not an object.
  }
  warn(`${name} is not a JSON object; the default options are used.`);
  return undefined;
}

function readConsentMode(value: string | undefined): GoogleConsentMode | undefined {
  if (value === undefined || value === 'off') return value;
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
export function safeUrl(name: string, value: string | undefined): string | undefined {
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
