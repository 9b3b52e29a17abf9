import {BUILT_IN_ATTRIBUTES} from './built-in.js';
import {googleTag} from './google-tag.js';

/** Google Analytics 4 (and any Google tag id: `G-`, `GT-`, `AW-`, `DC-`), under `performance`. */
export const googleAnalytics = googleTag(
  BUILT_IN_ATTRIBUTES.googleAnalytics,
  'performance',
  /^(G|GT|AW|DC)-[A-Z0-9]{4,20}$/,
  ['_ga', '_ga_*', '_gid', '_gat*', '_gcl_*']
);
