#!/usr/bin/env node
// Kelisim records: `npx kelisim-server`, configured by environment variables or flags (--help).
import {serve} from '@hono/node-server';
import {createApp} from '../src/app.js';
import {readConfig} from '../src/config.js';
import {openStore} from '../src/store.js';

const HOUR_MS = 3600 * 1000;

let config;
try {
  config = readConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`kelisim-server: ${error.message}`);
  process.exit(2);
}
if ('help' in config) {
  process.stdout.write(config.help);
  process.exit(0);
}

const store = await openStore({databaseUrl: config.databaseUrl, dataDir: config.dataDir});
const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
if (!config.allowedOrigins.length)
  console.warn('kelisim-server: ALLOWED_ORIGINS is empty, so pages on any origin may send proofs');

let purging;
if (config.retentionDays) {
  const purge = async () => {
    const removed = await store.purge(new Date(Date.now() - config.retentionDays * 24 * HOUR_MS));
    if (removed) console.log(`kelisim-server: purged ${removed} proofs older than ${config.retentionDays} days`);
  };
  await purge();
  purging = setInterval(() => purge().catch((error) => console.error(error)), HOUR_MS);
  purging.unref();
}

const server = serve({fetch: createApp({config, store}).fetch, port: config.port, hostname: config.host}, (info) =>
  console.log(`kelisim-server: listening on http://${info.address}:${info.port}, storing in ${where}`)
);

const stop = () => {
  clearInterval(purging);
  // Answer what is in flight, then close the database so PGlite leaves its folder clean.
  server.close(() => store.close().then(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
