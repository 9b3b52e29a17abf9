// Kelisim's elements in Vue templates, for vue-tsc and editors: `/// <reference types="kelisim/vue" />`.
// Vue's compiler must still be told they are custom elements (`isCustomElement`, see README).
import type {DefineComponent} from 'vue';
import type {KelisimChangeEvent, KelisimReadyEvent} from 'kelisim';
import type {KelisimConsentAttributes, KelisimPlaceholderAttributes} from './attributes.js';

/** `policy-url` as Vue's type checker sees props: `policyUrl`. */
type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : Name;
type Props<Attributes> = {[Name in keyof Attributes as Camel<Name & string>]: Attributes[Name]};

interface ConsentEvents {
  onKelisimChange?: (event: KelisimChangeEvent) => void;
  onKelisimReady?: (event: KelisimReadyEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'kelisim-consent': DefineComponent<Props<KelisimConsentAttributes> & ConsentEvents>;
    'kelisim-placeholder': DefineComponent<Props<KelisimPlaceholderAttributes>>;
  }
}
