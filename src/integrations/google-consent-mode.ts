import type {CategoryId} from '../core/types.js';
import {gtag} from './gtag.js';

/** Which Kelisim category grants each Google consent type; `security_storage` is always granted. */
const CONSENT_TYPES: Record<string, CategoryId | true> = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'performance',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
  security_storage: true,
};

/** How long Google tags wait for the `update` that follows the default, in ms. */
const WAIT_FOR_UPDATE = 500;

export type ConsentModeState = Record<string, 'granted' | 'denied'>;

/**
 * The site's `google-consent-options` JSON, in Google's own words: `ads_data_redaction` and
 * `url_passthrough` (for `gtag('set', …)`), and `regions`, defaults for some regions only,
 * e.g. `{"regions": {"US,CA": {"analytics_storage": "granted"}}}`.
 */
export interface ConsentModeOptions {
  ads_data_redaction?: boolean;
  url_passthrough?: boolean;
  regions?: Record<string, ConsentModeState>;
}

function consentModeState(allowed: (category: CategoryId) => boolean): ConsentModeState {
  return Object.fromEntries(
    Object.entries(CONSENT_TYPES).map(([type, category]) => [
      type,
      category === true || allowed(category) ? 'granted' : 'denied',
    ])
  );
}

/** Everything denied but `security_storage`; must come before any Google loader or config. */
export function writeConsentDefault(options: ConsentModeOptions = {}): void {
  const denied = consentModeState(() => false);
  for (const [regions, state] of Object.entries(options.regions ?? {})) {
    // Google applies the most specific default: a region's own before the global one.
    gtag('consent', 'default', {...denied, ...state, region: regions.split(','), wait_for_update: WAIT_FOR_UPDATE});
  }
  gtag('consent', 'default', {...denied, wait_for_update: WAIT_FOR_UPDATE});
  for (const name of ['ads_data_redaction', 'url_passthrough'] as const) {
    if (typeof options[name] === 'boolean') gtag('set', name, options[name]);
  }
}

export function writeConsentUpdate(allowed: (category: CategoryId) => boolean): void {
  gtag('consent', 'update', consentModeState(allowed));
}
