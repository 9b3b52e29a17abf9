// Starts bin/kelisim-server.js as a child process for the benchmarks, and waits until it answers.
import {spawn} from 'node:child_process';
import {randomUUID} from 'node:crypto';

const BIN = new URL('../bin/kelisim-server.js', import.meta.url).pathname;
export const ADMIN_TOKEN = 'bench-admin-token-0123456789';

/** @param {{port: number, dataDir?: string, databaseUrl?: string}} options */
export async function startServer({port, dataDir, databaseUrl}) {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir ?? '',
    DATABASE_URL: databaseUrl ?? '',
    ADMIN_TOKEN,
    // Every request of a benchmark comes from 127.0.0.1, so the per-client limit is off.
    RATE_LIMIT: '0',
  };
  const child = spawn(process.execPath, [BIN], {env, stdio: ['ignore', 'ignore', 'inherit']});
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      if (waited > 180_000) throw new Error('the server did not start in 3 minutes');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {child, url, exited: new Promise((resolve) => child.once('exit', resolve))};
}

/** Every consent id the server holds, read through the export as an auditor would. */
export async function storedIds(url) {
  const response = await fetch(`${url}/v1/export?format=ndjson`, {headers: {authorization: `Bearer ${ADMIN_TOKEN}`}});
  const text = await response.text();
  return new Set(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).consentId)
  );
}

/** A proof as the element sends it, new each time. */
export function proofBody() {
  return JSON.stringify({
    schema: 1,
    id: randomUUID(),
    revision: 1,
    granted: ['essential', 'performance'],
    denied: ['functional'],
    language: 'kk',
    source: 'accept-all',
    time: new Date().toISOString(),
    url: 'https://orta.community/kk/?utm_source=bench',
  });
}
