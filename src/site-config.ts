import {isCategoryId} from './core/record.js';
import {ESSENTIAL} from './core/types.js';
import type {ConsentConfig} from './core/types.js';
import {warn} from './internal/warn.js';

/** Everything a site sets on `<kelisim-consent>`, read once when Kelisim starts. */
export interface SiteConfig extends ConsentConfig {
  cookieName: string;
  cookieDomain?: string;
  /** A safe (http, https or relative) link to the site's privacy policy, if any. */
  policyUrl?: string;
}

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
    policyUrl: safeUrl(attribute('policy-url')),
  };
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
  if (value === undefined || COOKIE_NAME.test(value)) return value ?? DEFAULTS.cookieName;
  warn(`cookie-name="${value}" is not a valid cookie name; using "${DEFAULTS.cookieName}".`);
  return DEFAULTS.cookieName;
}

/** Only http(s) and relative links are shown: `javascript:` and friends would run script. */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // An unparsable URL is refused below like any unsafe one.
  }
  warn(`policy-url="${value}" is refused: only http, https and relative links are allowed.`);
  return undefined;
}
