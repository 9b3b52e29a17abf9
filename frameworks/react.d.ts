// Kelisim's elements in React's JSX. A module augmentation (this file imports), so React's own
// types stay as they are. Load it once: `/// <reference types="kelisim/react" />`.
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {KelisimConsentAttributes, KelisimPlaceholderAttributes} from './attributes.js';

type Tag<Attributes> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Attributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kelisim-consent': Tag<KelisimConsentAttributes>;
      'kelisim-placeholder': Tag<KelisimPlaceholderAttributes>;
    }
  }
}
