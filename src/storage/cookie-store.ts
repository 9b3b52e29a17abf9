import Cookies from 'js-cookie';
import type {ConsentStore} from '../core/types.js';

export interface CookieOptions {
  name: string;
  /** Days until the browser drops the cookie. */
  expiresDays: number;
  /** Set to share the choice across subdomains, e.g. `.orta.community`. */
  domain?: string;
  /** Defaults to whether the page is served over https. */
  secure?: boolean;
}

/** Keeps the record in one first-party cookie; set and remove share path and domain. */
export function cookieStore(options: CookieOptions): ConsentStore {
  const cookies = Cookies.withAttributes({
    path: '/',
    domain: options.domain,
    expires: options.expiresDays,
    sameSite: 'Lax',
    secure: options.secure ?? location.protocol === 'https:',
  });
  return {
    read: () => cookies.get(options.name),
    write: (value) => void cookies.set(options.name, value),
    clear: () => cookies.remove(options.name),
  };
}
