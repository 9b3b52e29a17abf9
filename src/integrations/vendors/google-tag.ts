import {gtag} from '../gtag.js';
import {loadScript} from '../load-script.js';
import type {Vendor, VendorTag} from './vendor.js';
import {setGlobal, withParam} from './vendor.js';

export const GTAG_URL = 'https://www.googletagmanager.com/gtag/js';

let started = false;

/** Google's gtag.js snippet for these tag ids; `js` is sent once however many Google vendors load. */
function loadGoogleTag({ids, src, options, nonce}: VendorTag): void {
  if (!started) gtag('js', new Date());
  started = true;
  for (const id of ids) gtag('config', id, ...(Object.keys(options).length ? [options] : []));
  loadScript(withParam(src, 'id', ids[0]), nonce);
}

/** Google's documented opt-out, honoured by gtag.js for every tag id: `window['ga-disable-<ID>']`. */
const optOut = (ids: string[], value: boolean) => ids.forEach((id) => setGlobal(`ga-disable-${id}`, value));

/** A Google tag (GA4, Google Ads) by id; Consent Mode updates reach it through the dataLayer. */
export function googleTag(attribute: string, category: string, id: RegExp, cookies: string[]): Vendor {
  return {
    attribute,
    category,
    id,
    src: GTAG_URL,
    consentMode: true,
    load(tag) {
      optOut(tag.ids, false);
      loadGoogleTag(tag);
    },
    grant: ({ids}) => optOut(ids, false),
    revoke: ({ids}) => optOut(ids, true),
    navigate: () => gtag('event', 'page_view', {page_location: location.href, page_title: document.title}),
    cookies,
  };
}
