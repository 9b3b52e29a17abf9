// `npm start`: installs dependencies if they are missing, builds, and serves the demo.
import {execSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const run = (command) => execSync(command, {stdio: 'inherit'});
if (!existsSync('node_modules/.package-lock.json')) run('npm ci');
run('npm run build');
const {serve} = await import('./serve.mjs');
const port = Number(process.env.PORT ?? 8080);
const server = await serve(port);
console.log(`\nKelisim demo: http://127.0.0.1:${server.address().port}/\n`);
