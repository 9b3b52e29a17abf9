import type {ConsentManager} from '../core/consent-manager.js';
import {ConsentStatus} from '../core/types.js';
import type {CategoryId} from '../core/types.js';
import {warn} from '../internal/warn.js';
import type {Service, SiteConfig} from '../site-config.js';
import {removeCookies, removeStorage} from './cookie-cleanup.js';
import {writeConsentDefault, writeConsentUpdate} from './google-consent-mode.js';
import {gtagCommandsQueued} from './gtag.js';
import {onHistoryNavigation} from './history.js';
import type {Vendor, VendorTag} from './vendors/vendor.js';

declare global {
  interface Window {
    /** Vendors waiting for Kelisim, or added later: the add-on script and `registerVendor` push here. */
    KelisimVendors?: Vendor[];
  }
}

/** How long, after a withdrawal, cookies that tags still in flight set are swept again (ms). */
const SWEEP_FOR = 5000;
const SWEEP_EVERY = 250;

interface Active {
  vendor: Vendor;
  tag: VendorTag;
  loaded?: boolean;
  /** Whether its category was granted at the last update; a grant call is due when it becomes so. */
  granted?: boolean;
}

/** A vendor's code runs in the page: its failure is reported and stops nothing else. */
function guarded(vendor: Vendor, action: () => void): void {
  try {
    action();
  } catch (error) {
    console.error(`Kelisim: ${vendor.attribute} failed:`, error);
  }
}

/** What the page's element says of vendors and cookies, read when needed: the element may change. */
export interface PageSettings {
  vendorTag(vendor: Vendor): VendorTag | undefined;
  cookieRules(): Record<CategoryId, string[]>;
  /** The services the site declares, with the cookies each sets. */
  services(): Pick<Service, 'id' | 'category' | 'cookies'>[];
}

/**
 * The vendors a site turns on by attribute, through the `Vendor` interface only, and Google
 * Consent Mode. `update` follows each change of the choice; `withdraw` stops and cleans what a
 * withdrawn category ran, and tells whether a reload is still needed.
 */
export function startIntegrations(
  config: SiteConfig,
  manager: ConsentManager,
  page: PageSettings,
  nonce: string | undefined
) {
  const allowed = (category: CategoryId) => manager.allowed(category);
  const known: Vendor[] = [];
  const active: Active[] = [];
  let consentMode = false;
  const mode = () => config.googleConsentMode ?? (active.some(({vendor}) => vendor.consentMode) ? 'basic' : 'off');
  /** Advanced Consent Mode: Google tags run under denied consent, which is then their opt-out. */
  const advanced = ({vendor}: Active) => vendor.consentMode && mode() === 'advanced';

  const startConsentMode = () => {
    if (consentMode || mode() === 'off') return;
    consentMode = true;
    if (gtagCommandsQueued()) {
      warn("Google tag commands ran before the consent default; put Google's snippet after <kelisim-consent>.");
    }
    // The default must precede every Google loader and config command; the stored choice follows at once.
    writeConsentDefault(config.googleConsentOptions);
    if (manager.status === ConsentStatus.CURRENT) writeConsentUpdate(allowed);
  };

  const apply = (item: Active) => {
    const {vendor, tag} = item;
    const granted = allowed(tag.category);
    if (!item.loaded && (granted || advanced(item))) {
      item.loaded = true;
      guarded(vendor, () => vendor.load({...tag, nonce}));
    } else if (granted && !item.granted) {
      guarded(vendor, () => vendor.grant?.(tag));
    }
    item.granted = granted;
  };

  const add = (vendor: Vendor) => {
    if (known.includes(vendor)) return;
    known.push(vendor);
    const tag = page.vendorTag(vendor);
    if (!tag) return;
    const item: Active = {vendor, tag};
    active.push(item);
    startConsentMode();
    apply(item);
  };

  /**
   * Removes what the vendors and the site's rules list for `categories`, and the cookies of each
   * declared service that is refused or under one of them; the kept consent cookie aside.
   */
  const clean = (categories: CategoryId[]) => {
    const rules = page.cookieRules();
    const cookies = categories.flatMap((id) => rules[id] ?? []);
    const refused = manager.refused();
    for (const {id, category, cookies: own = []} of page.services()) {
      if (categories.includes(category) || refused.includes(id)) cookies.push(...own);
    }
    const storage: string[] = [];
    for (const vendor of known) {
      const category = active.find((item) => item.vendor === vendor)?.tag.category ?? vendor.category;
      if (!categories.includes(category)) continue;
      cookies.push(...vendor.cookies);
      storage.push(...(vendor.storage ?? []));
    }
    removeCookies(cookies, config.cookieName);
    removeStorage(storage);
  };

  let stopSweep = () => {};
  /** Tags still loading at the withdrawal may set cookies later: sweep on each script load, and on a timer. */
  const sweep = () => {
    stopSweep();
    const again = () => clean(config.categories.filter((id) => !allowed(id)));
    const timer = setInterval(again, SWEEP_EVERY);
    const until = setTimeout(() => stopSweep(), SWEEP_FOR);
    document.addEventListener('load', again, true);
    stopSweep = () => {
      clearInterval(timer);
      clearTimeout(until);
      document.removeEventListener('load', again, true);
    };
  };

  startConsentMode();
  const queue = (window.KelisimVendors ??= []);
  queue.forEach(add);
  queue.push = (...vendors: Vendor[]) => {
    vendors.forEach(add);
    return Array.prototype.push.apply(queue, vendors);
  };

  if (config.spa) {
    onHistoryNavigation((previousUrl) => {
      for (const item of active) {
        if (item.loaded && allowed(item.tag.category))
          guarded(item.vendor, () => item.vendor.navigate?.(item.tag, previousUrl));
      }
    });
  }

  return {
    add,
    /** After every change of the choice: Consent Mode's update, then loaders and grant calls. */
    update(): void {
      if (consentMode) writeConsentUpdate(allowed);
      active.forEach(apply);
    },
    /**
     * Withdraws `categories` (every one not granted now): each vendor's own opt-out, then its
     * cookies and storage keys, and those of the refused services, swept again for a while. True when a loaded tag of them has no
     * opt-out, so only a reload stops it.
     */
    withdraw(categories: CategoryId[]): boolean {
      if (!categories.length && !manager.refused().length) return false;
      let reload = false;
      for (const item of active) {
        if (!categories.includes(item.tag.category) || advanced(item)) continue;
        if (item.vendor.revoke) guarded(item.vendor, () => item.vendor.revoke!(item.tag));
        else reload ||= !!item.loaded;
      }
      clean(categories);
      sweep();
      return reload;
    },
  };
}
