import {matchesPattern} from '../core/cookie-names.js';
import {cookieDomains, cookiePaths} from '../core/cookie-scope.js';

/**
 * Removes the page's cookies that match `patterns`, on the host and each parent domain (tags
 * like GA write at the highest domain they can) and at every path the page can see. Returns
 * the names removed.
 */
export function removeCookies(patterns: string[], keep: string): string[] {
  let jar = '';
  try {
    jar = document.cookie;
  } catch {
    // Cookies blocked (a sandboxed frame): the tags could not write any either; the store said so once.
    return [];
  }
  const names = jar
    .split(';')
    .map((pair) => pair.split('=')[0].trim())
    .filter((name) => name && name !== keep && patterns.some((pattern) => matchesPattern(name, pattern)));
  for (const name of new Set(names)) {
    for (const path of cookiePaths(location.pathname)) {
      const expired = `${name}=; Max-Age=0; Path=${path}`;
      document.cookie = expired;
      for (const domain of cookieDomains(location.hostname)) document.cookie = `${expired}; Domain=${domain}`;
    }
  }
  return names;
}

/** Removes localStorage and sessionStorage keys that match `patterns` (Metrika's `_ym*`). */
export function removeStorage(patterns: string[]): void {
  try {
    for (const storage of [localStorage, sessionStorage]) {
      for (const key of Object.keys(storage)) {
        if (patterns.some((pattern) => matchesPattern(key, pattern))) storage.removeItem(key);
      }
    }
  } catch {
    // Storage can be blocked (a sandboxed frame); then the tag could not write to it either.
  }
}
