// Kelisim's elements in Astro templates, for astro check and editors: `/// <reference types="kelisim/astro" />`.
// Without it Astro takes any tag and attribute; with it, Kelisim's attributes and their values are checked.
import type {KelisimConsentAttributes, KelisimPlaceholderAttributes} from './attributes.js';

declare global {
  namespace astroHTML.JSX {
    interface IntrinsicElements {
      'kelisim-consent': HTMLAttributes & KelisimConsentAttributes;
      'kelisim-placeholder': HTMLAttributes & KelisimPlaceholderAttributes;
    }
  }
}
