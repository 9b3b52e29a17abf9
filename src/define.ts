// Registers <kelisim-consent>: the package's one side-effect module. The banner's element registers
// <kelisim-placeholder> itself once a page has a blocked embed (KelisimConsent#showPlaceholders).
import {KelisimConsent} from './components/kelisim-consent/kelisim-consent.js';
import {defineOnce} from './internal/define-once.js';

defineOnce('kelisim-consent', KelisimConsent);
