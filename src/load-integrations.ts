// The vendor integrations, at hand at once: the npm and all-in-one builds carry them anyway, and a
// Consent Mode default written at once comes before the page's own Google snippets. The split
// build swaps in fetch-integrations.ts (rollup.config.js), which fetches them only when needed.
import * as integrations from './start-integrations.js';

export const loadIntegrations = (): typeof integrations | Promise<typeof integrations> => integrations;
