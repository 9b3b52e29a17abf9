// The split build's bundled-modules.ts (rollup.config.js swaps it in): each is a chunk of its own,
// fetched only when a page needs it.
export const loadIntegrations = () => import('./start-integrations.js');
export const loadEmbedGate = () => import('./gating/embed-gate.js');
