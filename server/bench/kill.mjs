// Fault test: proofs posted under load, the server killed with SIGKILL mid-load, restarted on
// the same data; every proof it had acknowledged (2xx) must still be there. Prints the counts.
//   node bench/kill.mjs [--rounds 3] [--seconds 4] [--connections 16]
//   DATABASE_URL=postgres://… node bench/kill.mjs
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {proofBody, startServer, storedIds} from './server-process.mjs';

const {values} = parseArgs({
  options: {
    rounds: {type: 'string', default: '3'},
    seconds: {type: 'string', default: '4'},
    connections: {type: 'string', default: '16'},
    port: {type: 'string', default: '4419'},
  },
});
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = databaseUrl ? undefined : await mkdtemp(join(tmpdir(), 'kelisim-kill-'));
const port = Number(values.port);
const acknowledged = new Set();
let sent = 0;
let refused = 0;
let failed = 0;

for (let round = 1; round <= Number(values.rounds); round++) {
  const server = await startServer({port, dataDir, databaseUrl});
  let killed = false;
  const worker = async () => {
    while (!killed) {
      const body = proofBody();
      sent++;
      try {
        const response = await fetch(`${server.url}/v1/proofs`, {
          method: 'POST',
          body,
          headers: {'content-type': 'text/plain'},
        });
        await response.arrayBuffer();
        if (response.status === 201) acknowledged.add(JSON.parse(body).id);
        else refused++;
      } catch {
        // Cut off by the kill: not acknowledged, so the server owes nothing for it.
        failed++;
      }
    }
  };
  const workers = Array.from({length: Number(values.connections)}, worker);
  await new Promise((resolve) => setTimeout(resolve, Number(values.seconds) * 1000));
  server.child.kill('SIGKILL');
  killed = true;
  await server.exited;
  await Promise.all(workers);
  console.log(`round ${round}: killed after ${values.seconds}s; ${acknowledged.size} acknowledged so far`);
}

const server = await startServer({port, dataDir, databaseUrl});
const stored = await storedIds(server.url);
const lost = [...acknowledged].filter((id) => !stored.has(id));
server.child.kill('SIGTERM');
await server.exited;
if (dataDir) await rm(dataDir, {recursive: true, force: true});

console.log(
  `| store | kills | sent | acknowledged | refused | cut off | stored after restart | acknowledged but lost |`
);
console.log('|---|---|---|---|---|---|---|---|');
console.log(
  `| ${databaseUrl ? 'PostgreSQL' : 'PGlite'} | ${values.rounds} | ${sent} | ${acknowledged.size} | ${refused} | ${failed} | ${stored.size} | ${lost.length} |`
);
process.exitCode = lost.length ? 1 : 0;
