import * as api from './api.js';
import {warn} from './internal/warn.js';
import {addStandIn} from './runtime.js';

declare global {
  interface Window {
    Kelisim?: typeof api;
  }
}

/**
 * What both script-tag builds do: expose `window.Kelisim`, find the page's `<kelisim-consent>`
 * (adding a stand-in when the page has none yet, so its gated scripts still get a banner) and hand
 * it to `start`. A second copy of the script only warns.
 */
export function boot(start: (host: HTMLElement) => void): void {
  if (window.Kelisim) {
    warn('The Kelisim script is included more than once; the first copy is used.');
    return;
  }
  window.Kelisim = api;
  const findHost = () => start(document.querySelector('kelisim-consent') ?? addStandIn());
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', findHost);
  else findHost();
}
