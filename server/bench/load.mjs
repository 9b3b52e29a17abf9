// Sustained proofs per second and latency, on 127.0.0.1 only, for a bounded time.
//   node bench/load.mjs [--seconds 15] [--connections 32]          PGlite in a temporary folder
//   DATABASE_URL=postgres://… node bench/load.mjs                   PostgreSQL
// Prints one Markdown table row; never run as a test.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {loadavg} from 'node:os';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import autocannon from 'autocannon';
import {proofBody, startServer, storedIds} from './server-process.mjs';

const {values} = parseArgs({
  options: {
    seconds: {type: 'string', default: '15'},
    connections: {type: 'string', default: '32'},
    port: {type: 'string', default: '4417'},
  },
});
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = databaseUrl ? undefined : await mkdtemp(join(tmpdir(), 'kelisim-bench-'));
const server = await startServer({port: Number(values.port), dataDir, databaseUrl});
const before = (await storedIds(server.url)).size;
const cpuBefore = await cpuMs(server.child.pid);

const result = await autocannon({
  url: `${server.url}/v1/proofs`,
  connections: Number(values.connections),
  duration: Number(values.seconds),
  requests: [
    {
      method: 'POST',
      headers: {'content-type': 'text/plain;charset=UTF-8'},
      setupRequest: (request) => ({...request, body: proofBody()}),
    },
  ],
});
const cpu = (await cpuMs(server.child.pid)) - cpuBefore;
const stored = (await storedIds(server.url)).size - before;
server.child.kill('SIGTERM');
await server.exited;
if (dataDir) await rm(dataDir, {recursive: true, force: true});

const store = databaseUrl ? 'PostgreSQL' : 'PGlite';
const perSecond = Math.round(result['2xx'] / result.duration);
// The server's own CPU time per proof says what one free core could do, whatever else the
// machine runs; the load average says how much else that was.
const cpuPerProof = cpu / Math.max(1, stored);
console.log(
  '| store | seconds | connections | acknowledged (2xx) | other | errors | proofs/s | p50 ms | p99 ms | max ms | rows stored | server CPU ms/proof | load avg |'
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
console.log(
  `| ${store} | ${result.duration.toFixed(1)} | ${result.connections} | ${result['2xx']} | ${result.non2xx} | ${result.errors} | ${perSecond} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${stored} | ${cpuPerProof.toFixed(2)} | ${loadavg()[0].toFixed(1)} |`
);

/** User plus system CPU time of a process so far, from /proc (Linux). */
async function cpuMs(pid) {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
