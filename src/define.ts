// Registers Kelisim's elements: the package's one side-effect module. Guarded, because a
// consent script is easily included twice on a page.
import {KelisimConsent} from './components/kelisim-consent/kelisim-consent.js';
import {KelisimPlaceholder} from './components/kelisim-placeholder/kelisim-placeholder.js';

const elements = {'kelisim-consent': KelisimConsent, 'kelisim-placeholder': KelisimPlaceholder};
for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
