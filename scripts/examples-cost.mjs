// What Kelisim adds to an example's production bundle: its JavaScript (brotli) built with kelisim
// swapped for a stub that exports the same names and does nothing, then built as it is.
// Usage, after npm run test:examples has installed them: node scripts/examples-cost.mjs [--readme] react vue
// `--readme` writes each measured app's row into README.md between the <!-- examples-cost --> markers.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync} from 'node:zlib';
import {EXAMPLES} from './test-examples.mjs';

const root = join(import.meta.dirname, '..');
const outputs = {react: 'dist', vue: 'dist', sveltekit: 'build', angular: 'dist', next: '.next/static', astro: 'dist'};
/** Each app's framework and build tool, named with the major version installed. */
const stacks = {
  react: {React: 'react', Vite: 'vite'},
  next: {'Next.js': 'next'},
  vue: {Vue: 'vue', Vite: 'vite'},
  angular: {Angular: '@angular/core'},
  sveltekit: {SvelteKit: '@sveltejs/kit', Svelte: 'svelte'},
  astro: {Astro: 'astro'},
};

const jsFiles = (dir) =>
  readdirSync(dir, {recursive: true})
    .map((file) => join(dir, file))
    .filter((file) => /\.m?js$/.test(file) && statSync(file).isFile());
const brotli = (dir) => jsFiles(dir).reduce((sum, file) => sum + brotliCompressSync(readFileSync(file)).length, 0);
const major = (cwd, name) =>
  JSON.parse(readFileSync(join(cwd, 'node_modules', name, 'package.json'), 'utf8')).version.split('.')[0];
const number = (bytes) => bytes.toLocaleString('en');

const STUB = `export const accept = () => {}, acceptAll = () => {}, rejectAll = () => {}, reset = () => {}, showPreferences = () => {};
export const allowed = () => false, onChange = () => () => {}, getConsent = () => ({status: 'missing', granted: ['essential']});
export const ChangeSource = {}, ConsentStatus = {}, ESSENTIAL = 'essential', KelisimConsent = class {}, KelisimPlaceholder = class {};`;

/** The app's README row: its JavaScript with Kelisim, without, and the difference (brotli bytes). */
function measure(example) {
  const cwd = join(root, 'examples', example);
  const dist = join(cwd, 'node_modules/kelisim/dist');
  const output = join(cwd, outputs[example]);
  // A build leaves no file of the previous one behind, so the two sums compare like with like.
  const build = () => {
    rmSync(output, {recursive: true, force: true});
    execFileSync('npm', ['run', 'build'], {cwd, stdio: 'ignore'});
  };
  cpSync(dist, `${dist}.real`, {recursive: true});
  let without;
  try {
    writeFileSync(join(dist, 'index.js'), STUB);
    writeFileSync(join(dist, 'define.js'), '');
    build();
    without = brotli(output);
  } finally {
    rmSync(dist, {recursive: true});
    cpSync(`${dist}.real`, dist, {recursive: true});
    rmSync(`${dist}.real`, {recursive: true});
  }
  build();
  const withKelisim = brotli(output);
  const stack = Object.entries(stacks[example])
    .map(([label, name]) => `${label} ${major(cwd, name)}`)
    .join(' + ');
  return `| [${example}](examples/${example}/) | ${stack} | ${number(withKelisim)} | ${number(without)} | ${number(withKelisim - without)} |`;
}

/** README's cost table with the given rows in place of those apps' old rows, in EXAMPLES order. */
function withRows(text, rows) {
  const table = /<!-- examples-cost -->\n([\s\S]*?)<!-- \/examples-cost -->/;
  const [, current] = text.match(table);
  const [head, rule, ...old] = current.trimEnd().split('\n');
  const byExample = new Map(old.map((row) => [row.match(/^\| \[(\w+)\]/)[1], row]));
  for (const row of rows) byExample.set(row.match(/^\| \[(\w+)\]/)[1], row);
  const ordered = EXAMPLES.filter((example) => byExample.has(example)).map((example) => byExample.get(example));
  return text.replace(table, `<!-- examples-cost -->\n${[head, rule, ...ordered].join('\n')}\n<!-- /examples-cost -->`);
}

const args = process.argv.slice(2);
const chosen = args.filter((arg) => !arg.startsWith('--'));
for (const example of chosen)
  if (!existsSync(join(root, 'examples', example, 'node_modules/kelisim')))
    throw new Error(`examples/${example} is not installed: run npm run test:examples ${example} first.`);
const rows = chosen.map(measure);
console.log(rows.join('\n'));
if (args.includes('--readme')) {
  const readme = join(root, 'README.md');
  writeFileSync(readme, withRows(readFileSync(readme, 'utf8'), rows));
}
