import type {ConsentManager} from '../core/consent-manager.js';
import {ConsentStatus} from '../core/types.js';
import {warn} from '../internal/warn.js';
import type {SiteConfig} from '../site-config.js';
import {loadGoogleAnalytics, sendGooglePageView} from './google-analytics.js';
import {writeConsentDefault, writeConsentUpdate} from './google-consent-mode.js';
import {gtagCommandsQueued} from './gtag.js';
import {onHistoryNavigation} from './history.js';
import {loadYandexMetrika, sendMetrikaHit} from './yandex-metrika.js';

/**
 * The vendor integrations a site turns on by attribute: Google Consent Mode v2 and the Metrika
 * and GA loaders. Returns what to call after every decision.
 */
export function startIntegrations(config: SiteConfig, manager: ConsentManager, nonce: string | undefined) {
  const allowed = (category: string) => manager.allowed(category);
  const consentMode = config.googleConsentMode !== 'off';
  const metrika = config.yandexMetrika;
  const google = config.googleAnalytics;
  let metrikaLoaded = false;
  let googleLoaded = false;

  const loadGranted = () => {
    if (!allowed('performance')) return;
    if (metrika.length && !metrikaLoaded) {
      loadYandexMetrika(metrika, config.yandexMetrikaOptions, config.yandexMetrikaSrc, nonce);
      metrikaLoaded = true;
    }
    if (google.length && !googleLoaded) {
      loadGoogleAnalytics(google, config.googleAnalyticsSrc, nonce);
      googleLoaded = true;
    }
  };

  if (consentMode) {
    if (gtagCommandsQueued()) {
      warn('Google tag commands ran before the consent default; put Google\'s snippet after <kelisim-consent>.');
    }
    // The default must precede every Google loader and config command; the stored choice follows at once.
    writeConsentDefault();
    if (manager.status === ConsentStatus.CURRENT) writeConsentUpdate(allowed);
  }
  if (config.googleConsentMode === 'advanced' && google.length) {
    // Advanced mode: Google loads under the denied defaults and sends cookieless pings until consent.
    loadGoogleAnalytics(google, config.googleAnalyticsSrc, nonce);
    googleLoaded = true;
  }
  loadGranted();

  if (config.spa) {
    onHistoryNavigation((previousUrl) => {
      if (!allowed('performance')) return;
      if (metrikaLoaded) sendMetrikaHit(metrika, previousUrl);
      if (googleLoaded) sendGooglePageView();
    });
  }

  return function afterDecision(): void {
    if (consentMode) writeConsentUpdate(allowed);
    loadGranted();
  };
}
