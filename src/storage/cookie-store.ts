import Cookies from 'js-cookie';
import {cookieDomains, cookiePaths} from '../core/cookie-scope.js';
import type {ConsentStore} from '../core/types.js';
import {error} from '../internal/warn.js';

export interface CookieOptions {
  name: string;
  /** Days until the browser drops the cookie. */
  expiresDays: number;
  /** Set to share the choice across subdomains, e.g. `.orta.community`. */
  domain?: string;
  /** Defaults to whether the page is served over https. */
  secure?: boolean;
}

/** js-cookie's decoding, which throws on broken percent-encoding: such a value is kept as it is and fails parsing. */
function decoded(value: string): string {
  try {
    return Cookies.converter.read(value, '');
  } catch {
    return value;
  }
}

/**
 * Keeps the record in one first-party cookie at path `/`, written and removed through js-cookie.
 * Several cookies of the name can be visible at once (host-only and on a parent domain after
 * `cookie-domain` changed, one on a longer path), and js-cookie's `get` returns only one of them:
 * `read` returns them all, and every write or clear first removes each one this page can see.
 * Where the browser throws on cookies or drops them, the choice is kept in memory for the page,
 * with one error.
 */
export function cookieStore(options: CookieOptions): ConsentStore {
  const {name} = options;
  let domain = options.domain;
  /** The page's only copy, once cookies failed. */
  let memory: string[] | undefined;
  const jar = () =>
    document.cookie.split(';').flatMap((pair) => {
      const at = pair.indexOf('=');
      return pair.slice(0, at).trim() === name ? [decoded(pair.slice(at + 1).trim())] : [];
    });
  /** A cookie is visible here only on this host or a parent, on a path this page's path starts with. */
  const removeAll = () => {
    for (const at of [undefined, ...cookieDomains(location.hostname)]) {
      // Not js-cookie's remove: it expires the cookie a day before the page's clock, which a skewed clock puts in the future.
      for (const path of cookiePaths(location.pathname))
        Cookies.set(name, '', {path, domain: at, expires: new Date(0)});
    }
  };
  const set = (value: string) => {
    Cookies.set(name, value, {
      expires: options.expiresDays,
      path: '/',
      domain,
      sameSite: 'Lax',
      secure: options.secure ?? location.protocol === 'https:',
    });
    return jar().includes(value);
  };
  /** Runs a cookie operation; if the browser throws, the choice lives in memory from then on. */
  const guard = <T>(action: () => T, fallback: () => T): T => {
    if (memory) return fallback();
    try {
      return action();
    } catch (problem) {
      error(`Cookies are not available here (${problem}); the choice is kept for this page only.`);
      memory = [];
      return fallback();
    }
  };
  return {
    read: () => guard(jar, () => memory!),
    write: (value) =>
      guard(
        () => {
          removeAll();
          if (set(value)) return;
          if (domain) {
            // Written and read back: the browser refuses a foreign domain or a public suffix silently.
            error(
              `cookie-domain="${domain}" is refused: this page cannot set cookies there; the choice is kept on ${location.hostname}.`
            );
            domain = undefined;
            if (set(value)) return;
          }
          throw new Error('the browser did not store the cookie');
        },
        () => void (memory = [value])
      ),
    clear: () => guard(removeAll, () => void (memory = [])),
  };
}
