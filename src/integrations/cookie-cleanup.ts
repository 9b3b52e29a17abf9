import {cookieDomains, matchesPattern} from '../core/cookie-names.js';
import type {CategoryId} from '../core/types.js';

/** Cookies Google Analytics and Yandex Metrika set, removed when `performance` is withdrawn. */
export const DEFAULT_COOKIES: Record<CategoryId, string[]> = {
  performance: ['_ga', '_ga_*', '_gid', '_gat*', '_gcl_*', '_ym_*'],
};

/**
 * Removes the page's cookies that match `patterns`, at path `/` on the host and on each parent
 * domain, since tags like GA write at the highest domain they can. Returns the names removed.
 */
export function removeCookies(patterns: string[], keep: string): string[] {
  const names = document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0].trim())
    .filter((name) => name && name !== keep && patterns.some((pattern) => matchesPattern(name, pattern)));
  const expired = 'Max-Age=0; Path=/';
  for (const name of names) {
    document.cookie = `${name}=; ${expired}`;
    for (const domain of cookieDomains(location.hostname)) document.cookie = `${name}=; ${expired}; Domain=${domain}`;
  }
  return names;
}
