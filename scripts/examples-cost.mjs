// What Kelisim adds to an example's production bundle: its JavaScript (brotli) built as it is, and
// built again with kelisim swapped for a stub that exports the same names and does nothing.
// Usage, after npm run test:examples has installed and built them: node scripts/examples-cost.mjs react vue
import {execFileSync} from 'node:child_process';
import {cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync} from 'node:zlib';

const root = join(import.meta.dirname, '..');
const outputs = {react: 'dist', vue: 'dist', sveltekit: 'build', angular: 'dist', next: '.next/static', astro: 'dist'};

const jsFiles = (dir) =>
  readdirSync(dir, {recursive: true})
    .map((file) => join(dir, file))
    .filter((file) => /\.m?js$/.test(file) && statSync(file).isFile());
const brotli = (dir) => jsFiles(dir).reduce((sum, file) => sum + brotliCompressSync(readFileSync(file)).length, 0);

const STUB = `export const accept = () => {}, acceptAll = () => {}, rejectAll = () => {}, reset = () => {}, showPreferences = () => {};
export const allowed = () => false, onChange = () => () => {}, getConsent = () => ({status: 'missing', granted: ['essential']});
export const ChangeSource = {}, ConsentStatus = {}, ESSENTIAL = 'essential', KelisimConsent = class {}, KelisimPlaceholder = class {};`;

for (const example of process.argv.slice(2)) {
  const cwd = join(root, 'examples', example);
  const dist = join(cwd, 'node_modules/kelisim/dist');
  const build = () => execFileSync('npm', ['run', 'build'], {cwd, stdio: 'ignore'});
  const withKelisim = brotli(join(cwd, outputs[example]));
  cpSync(dist, `${dist}.real`, {recursive: true});
  try {
    writeFileSync(join(dist, 'index.js'), STUB);
    writeFileSync(join(dist, 'define.js'), '');
    build();
    const without = brotli(join(cwd, outputs[example]));
    console.log(
      `| ${example} | ${withKelisim.toLocaleString('en')} | ${without.toLocaleString('en')} | ${(withKelisim - without).toLocaleString('en')} |`
    );
  } finally {
    rmSync(dist, {recursive: true});
    cpSync(`${dist}.real`, dist, {recursive: true});
    rmSync(`${dist}.real`, {recursive: true});
    build();
  }
}
