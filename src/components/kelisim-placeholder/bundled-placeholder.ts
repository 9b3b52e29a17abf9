// The all-in-one script's stand-in for load-placeholder.ts (rollup.config.js swaps it in): the
// placeholder ships inside that one script, with the rest of the UI, which runs only when needed.
import * as placeholder from './kelisim-placeholder.js';

export const loadPlaceholder = () => Promise.resolve(placeholder);
