// The script-tag entry: registers the element, exposes `window.Kelisim` and makes sure an
// element exists, so a page that only includes the script still gates its scripts.
import * as api from './api.js';
import './define.js';
import {warn} from './internal/warn.js';

declare global {
  interface Window {
    Kelisim?: typeof api;
  }
}

if (window.Kelisim) {
  warn('The Kelisim script is included more than once; the first copy is used.');
} else {
  window.Kelisim = api;
  const ensureElement = () => {
    if (!document.querySelector('kelisim-consent')) document.body.append(document.createElement('kelisim-consent'));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ensureElement);
  else ensureElement();
}
