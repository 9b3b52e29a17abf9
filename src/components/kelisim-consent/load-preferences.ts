// The preferences dialog is a chunk of its own (preferences.ts), fetched once the banner is up or
// the dialog is asked for. The all-in-one script swaps in bundled-preferences.ts (rollup.config.js).
export const loadPreferences = () => import('./preferences.js');
