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

function consentModeState(allowed: (category: CategoryId) => boolean): ConsentModeState {
  return Object.fromEntries(
    Object.entries(CONSENT_TYPES).map(([type, category]) => [
      type,
      category === true || allowed(category) ? 'granted' : 'denied',
    ])
  );
}

/** Everything denied but `security_storage`; must come before any Google loader or config. */
export function writeConsentDefault(): void {
  gtag('consent', 'default', {...consentModeState(() => false), wait_for_update: WAIT_FOR_UPDATE});
}

export function writeConsentUpdate(allowed: (category: CategoryId) => boolean): void {
  gtag('consent', 'update', consentModeState(allowed));
}
