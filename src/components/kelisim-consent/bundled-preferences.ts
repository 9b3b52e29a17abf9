// The all-in-one script's stand-in for load-preferences.ts (rollup.config.js swaps it in): the
// dialog ships inside that one script, with the rest of the UI, which runs only when needed.
import * as preferences from './preferences.js';

export const loadPreferences = () => Promise.resolve(preferences);
