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
  const hosts = document.getElementsByTagName('kelisim-consent');
  let started = false;
  const startOn = (host: Element | undefined) => {
    if (started || !host) return;
    started = true;
    start(host as HTMLElement);
  };
  const startOnAny = () => started || startOn(hosts[0] ?? addStandIn());
  if (document.readyState !== 'loading') return void startOnAny();
  // Loaded in <head>: start the moment the parser adds the element, so a returning visitor's
  // gated scripts after it are released as the parser reaches them, not at DOMContentLoaded.
  const parsing = new MutationObserver(() => {
    startOn(hosts[0]);
    if (started) parsing.disconnect();
  });
  parsing.observe(document, {childList: true, subtree: true});
  startOn(hosts[0]);
  document.addEventListener('DOMContentLoaded', () => {
    parsing.disconnect();
    startOnAny();
  });
}
