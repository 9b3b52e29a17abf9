// The placeholder's element is a chunk of its own, fetched once a page has a blocked embed. The
// all-in-one script swaps in bundled-placeholder.ts (rollup.config.js).
export const loadPlaceholder = () => import('./kelisim-placeholder.js');
