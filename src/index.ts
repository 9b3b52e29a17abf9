// The npm entry: exports only. `import 'kelisim/define'` registers the element.
export {
  accept,
  acceptAll,
  addLanguage,
  allowed,
  getConsent,
  isAllowed,
  onChange,
  rejectAll,
  reset,
  showPreferences,
} from './api.js';
export type {AcceptChoice} from './api.js';
export {KelisimConsent} from './components/kelisim-consent/kelisim-consent.js';
export {KelisimPlaceholder} from './components/kelisim-placeholder/kelisim-placeholder.js';
export {ChangeSource, ConsentStatus, ESSENTIAL} from './core/types.js';
export type {CategoryId, ConsentChange, ConsentRecord, ServiceId} from './core/types.js';
export type {ConsentState, KelisimChangeEvent, KelisimReadyEvent} from './events.js';
export type {Language} from './i18n/language.js';
export type {TextOverrides} from './i18n/localize.js';
