// Registers <kelisim-consent>: the package's one side-effect module. Guarded, because a consent
// script is easily included twice on a page. The banner's element registers <kelisim-placeholder>
// itself once a page has a blocked embed (KelisimConsent#showPlaceholders).
import {KelisimConsent} from './components/kelisim-consent/kelisim-consent.js';

if (!customElements.get('kelisim-consent')) customElements.define('kelisim-consent', KelisimConsent);
