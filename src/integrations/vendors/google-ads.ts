import {googleTag} from './google-tag.js';

/** Google Ads conversion tags (`AW-…`), under `marketing`; Consent Mode's `ad_*` types follow that category. */
export const googleAds = googleTag('google-ads', 'marketing', /^AW-[0-9]{6,12}$/, ['_gcl_*', '_gac_*']);
