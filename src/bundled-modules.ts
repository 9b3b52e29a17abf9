// What the start-up path uses only on some pages, at hand at once: the npm and all-in-one builds
// carry it anyway, and a Consent Mode default written at once comes before the page's own Google
// snippets. The split build swaps in fetched-modules.ts (rollup.config.js), which fetches each
// as a chunk of its own only when a page needs it.
import * as embedGate from './gating/embed-gate.js';
import * as integrations from './start-integrations.js';

/** The vendor integrations: for a site that uses a vendor, or once a choice withdraws a category. */
export const loadIntegrations = (): typeof integrations | Promise<typeof integrations> => integrations;

/** The embed gate: for a page with gated iframes or images. */
export const loadEmbedGate = (): typeof embedGate | Promise<typeof embedGate> => embedGate;
