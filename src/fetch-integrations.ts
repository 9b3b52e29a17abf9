// The split build's load-integrations.ts (rollup.config.js swaps it in): the vendor integrations
// are a chunk of their own, fetched only for a site that uses a vendor or once a choice withdraws.
export const loadIntegrations = () => import('./start-integrations.js');
