import * as api from './api.js';
import {warn} from './internal/warn.js';

declare global {
  interface Window {
    Kelisim?: typeof api;
  }
}

/**
 * What both script-tag builds do: expose `window.Kelisim`, find the page's `<kelisim-consent>`
 * (adding one when the page has none, so its gated scripts are still held back) and hand it to
 * `start`. A second copy of the script only warns.
 */
export function boot(start: (host: HTMLElement) => void): void {
  if (window.Kelisim) {
    warn('The Kelisim script is included more than once; the first copy is used.');
    return;
  }
  window.Kelisim = api;
  const findHost = () => {
    let host = document.querySelector('kelisim-consent');
    if (!host) document.body.append((host = document.createElement('kelisim-consent')));
    start(host);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', findHost);
  else findHost();
}
