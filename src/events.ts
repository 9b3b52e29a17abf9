import type {CategoryId, ConsentChange, ConsentRecord, ConsentStatus} from './core/types.js';

/** The visitor's choice as the page can act on it: `getConsent()` and `kelisim-ready`'s detail. */
export interface ConsentState {
  status: ConsentStatus;
  /** Categories that may run now, `essential` always among them. */
  granted: CategoryId[];
  /** The stored record, current or stale, for proof of consent. */
  record?: ConsentRecord;
}

export type KelisimChangeEvent = CustomEvent<ConsentChange>;
export type KelisimReadyEvent = CustomEvent<ConsentState>;

interface KelisimEvents {
  'kelisim-change': ConsentChange;
  'kelisim-ready': ConsentState;
}

/** Both events bubble and are composed, so a listener on `document` hears them from any shadow root. */
export function dispatch<K extends keyof KelisimEvents>(target: EventTarget, type: K, detail: KelisimEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kelisim-change': KelisimChangeEvent;
    'kelisim-ready': KelisimReadyEvent;
  }
}
