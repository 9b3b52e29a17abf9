// Sizes of what script-tag sites load, against the budgets in bench/budgets.json.
// `node scripts/size.mjs` prints them and fails over budget; `--readme` (the build) also writes
// them into README.md between the <!-- sizes --> markers; `--ratchet` (npm run size) lowers the
// budgets to what the build now needs.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const budgetsFile = join(root, 'bench/budgets.json');
export const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8'));
/** Room over today's size a lowered budget leaves, so a small fix still fits. */
const HEADROOM = 1.02;

const DESCRIPTIONS = {
  'dist/kelisim.js': 'all-in-one classic script (Lit, js-cookie, UI, kk/ru/en, gating, integrations)',
  'dist/kelisim.mjs': 'start-up module: cookie, decision, gating; no Lit (vendors and texts are chunks of their own)',
  'dist/kelisim-ui.mjs': 'UI chunk of the split build, fetched only to show the banner, dialog or a placeholder',
  'dist/kelisim-vendors.js': 'vendor add-on: Google Ads, Meta, TikTok, VK Ads, Clarity adapters',
};

/** The file a budget names; `*` stands for a content hash. */
function fileFor(pattern) {
  const [dir, name] = [pattern.slice(0, pattern.lastIndexOf('/')), pattern.slice(pattern.lastIndexOf('/') + 1)];
  const matcher = new RegExp(`^${name.replace(/[.]/g, '\\.').replace('*', '.+')}$`);
  const found = readdirSync(join(root, dir)).find((file) => matcher.test(file));
  if (!found) throw new Error(`No built file matches ${pattern}; run the build first.`);
  return join(root, dir, found);
}

export function measureSizes() {
  return Object.entries(budgets)
    .filter(([name]) => !name.startsWith('$'))
    .map(([name, {budget, target}]) => {
      const bytes = readFileSync(fileFor(name));
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, {level: 9}).length,
        brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
        budget,
        target,
      };
    });
}

/** The lower budget a measured size allows: never up, and the target itself once it is met. */
export const ratcheted = ({brotli, budget, target}) =>
  brotli <= target ? Math.min(budget, target) : Math.min(budget, Math.max(target, Math.ceil(brotli * HEADROOM)));

export function sizeTable(sizes) {
  const n = (number) => number.toLocaleString('en');
  const rows = sizes.map(
    (size) =>
      `| \`${size.name}\` | ${DESCRIPTIONS[size.name]} | ${n(size.raw)} | ${n(size.gzip)} | ${n(size.brotli)} | ${n(size.budget)} | ${n(size.target)} |`
  );
  return [
    '| file | what | raw B | gzip B | brotli B | budget (brotli) | target (brotli) |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = measureSizes();
  if (process.argv.includes('--ratchet')) {
    for (const size of sizes) budgets[size.name].budget = size.budget = ratcheted(size);
    writeFileSync(
      budgetsFile,
      `${JSON.stringify(budgets, null, 2).replace(/\{\n\s+("budget": \d+),\n\s+("target": \d+)\n\s+\}/g, '{$1, $2}')}\n`
    );
  }
  if (process.argv.includes('--readme')) {
    const readme = join(root, 'README.md');
    const text = readFileSync(readme, 'utf8');
    writeFileSync(
      readme,
      text.replace(/<!-- sizes -->[\s\S]*<!-- \/sizes -->/, `<!-- sizes -->\n${sizeTable(sizes)}\n<!-- /sizes -->`)
    );
  }
  console.log(sizeTable(sizes));
  const over = sizes.filter((size) => size.brotli > size.budget);
  for (const size of over)
    console.error(`${size.name}: ${size.brotli} B brotli is over its budget of ${size.budget} B.`);
  process.exitCode = over.length ? 1 : 0;
}
