// Kelisim's elements in Svelte markup, for svelte-check and editors: `/// <reference types="kelisim/svelte" />`.
// Svelte 5 listens to `onkelisim-change` as the element's `kelisim-change` event.
import type {HTMLAttributes} from 'svelte/elements';
import type {KelisimChangeEvent, KelisimReadyEvent} from 'kelisim';
import type {KelisimConsentAttributes, KelisimPlaceholderAttributes} from './attributes.js';

interface ConsentEvents {
  'onkelisim-change'?: (event: KelisimChangeEvent) => void;
  'onkelisim-ready'?: (event: KelisimReadyEvent) => void;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'kelisim-consent': HTMLAttributes<HTMLElement> & KelisimConsentAttributes & ConsentEvents;
    'kelisim-placeholder': HTMLAttributes<HTMLElement> & KelisimPlaceholderAttributes;
  }
}
