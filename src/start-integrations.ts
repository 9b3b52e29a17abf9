// The vendor integrations as the runtime starts them: Metrika and GA built in, the vendors of the
// add-on and `registerVendor`, Consent Mode, and the clean-up after a withdrawal. The split build
// fetches this as a chunk of its own, only for a site that uses a vendor or once a choice withdraws
// a category (see bundled-modules.ts).
import type {ConsentManager} from './core/consent-manager.js';
import {startIntegrations} from './integrations/integrations.js';
import {googleAnalytics} from './integrations/vendors/google-analytics.js';
import {yandexMetrika} from './integrations/vendors/yandex-metrika.js';
import {readServices} from './site-config.js';
import type {SiteConfig} from './site-config.js';
import {readCookieRules, readVendorTag} from './vendor-settings.js';

export type Integrations = ReturnType<typeof startIntegrations>;

/** Starts the integrations for the page's element, which `host` gives as it is at each read. */
export function startVendors(
  config: SiteConfig,
  manager: ConsentManager,
  host: () => Element,
  nonce: string | undefined
): Integrations {
  const vendors = (window.KelisimVendors ??= []);
  // A runtime started again (the page's own element took over) finds them there already.
  if (!vendors.includes(yandexMetrika)) vendors.unshift(yandexMetrika, googleAnalytics);
  const page = {
    vendorTag: (vendor: Parameters<typeof readVendorTag>[1]) => readVendorTag(host(), vendor, config.spa),
    cookieRules: () => readCookieRules(host()),
    services: () => readServices(host(), config.categories),
  };
  return startIntegrations(config, manager, page, nonce);
}
