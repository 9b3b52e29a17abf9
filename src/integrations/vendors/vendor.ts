import type {CategoryId} from '../../core/types.js';

/**
 * Everything Kelisim knows about one vendor's tag, so that the site config, the runtime and
 * the clean-up never name a vendor. Adding a vendor is one module like `meta-pixel.ts`.
 */
export interface Vendor {
  /** The `<kelisim-consent>` attribute with the vendor's ids, space-separated: `yandex-metrika="123"`. */
  attribute: string;
  /** The category that must be granted; a site moves it with `<attribute>-category`. */
  category: CategoryId;
  /** What one id looks like; others are warned about and ignored. */
  id: RegExp;
  /** Where the loader comes from; `<attribute>-src` replaces it (a first-party proxy). */
  src: string;
  /** Options used when the site sets no `<attribute>-options` JSON. */
  options?: Record<string, unknown>;
  /** True for Google tags, which read Google Consent Mode and load at once in its advanced mode. */
  consentMode?: boolean;
  /** Injects the vendor's snippet and loader, once consent is given. */
  load(tag: VendorTag): void;
  /** The vendor's own consent call when its category is granted (again). */
  grant?(tag: VendorTag): void;
  /** The vendor's own opt-out. Without one, a withdrawal reloads the page to stop the tag. */
  revoke?(tag: VendorTag): void;
  /** A page view for a single-page app's route change. */
  navigate?(tag: VendorTag, previousUrl: string): void;
  /** Cookie names (with `*`) the tag sets, removed on the host and parent domains at withdrawal. */
  cookies: string[];
  /** localStorage and sessionStorage keys (with `*`) the tag writes, removed at withdrawal. */
  storage?: string[];
}

/** One vendor as a page configured it. */
export interface VendorTag {
  ids: string[];
  category: CategoryId;
  src: string;
  options: Record<string, unknown>;
  nonce?: string;
  /** The site's `spa` attribute: route changes are sent by Kelisim. */
  spa: boolean;
}

/** The page's global by that name, typed loosely: vendor snippets define their queues there. */
export const global = <T>(name: string): T | undefined => (window as unknown as Record<string, T>)[name];
export const setGlobal = (name: string, value: unknown) =>
  ((window as unknown as Record<string, unknown>)[name] = value);

/** The loader URL with `?name=value` or `&name=value` added. */
export const withParam = (src: string, name: string, value: string) =>
  `${src}${src.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;

/** A queueing stub as vendors' snippets define it: calls wait in `queue` until the real tag arrives. */
export function queueingStub(name: string, queue: string): (...args: unknown[]) => void {
  type Stub = ((...args: unknown[]) => void) & Record<string, unknown>;
  let stub = global<Stub>(name);
  // An element with that id (`<div id="ym">`) is no queue: the stub takes the name back from it.
  if (typeof stub !== 'function') {
    stub = function () {
      // eslint-disable-next-line prefer-rest-params
      ((stub![queue] as IArguments[] | undefined) ??= []).push(arguments);
    } as Stub;
    setGlobal(name, stub);
  }
  return stub;
}
