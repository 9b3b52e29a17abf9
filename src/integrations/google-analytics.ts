import {gtag} from './gtag.js';
import {loadScript} from './load-script.js';

export const GTAG_URL = 'https://www.googletagmanager.com/gtag/js';

/** Google's gtag.js snippet, for one or more tag ids, from `src` (Google's host or a proxy). */
export function loadGoogleAnalytics(ids: string[], src: string, nonce: string | undefined): void {
  gtag('js', new Date());
  for (const id of ids) gtag('config', id);
  loadScript(`${src}${src.includes('?') ? '&' : '?'}id=${encodeURIComponent(ids[0])}`, nonce);
}

/** A GA4 page view for a single-page app's route change. */
export function sendGooglePageView(): void {
  gtag('event', 'page_view', {page_location: location.href, page_title: document.title});
}
