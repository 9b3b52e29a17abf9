// Sizes of what script-tag sites load, against the budgets in bench/budgets.json.
// `node scripts/size.mjs` prints them and fails over budget; `--readme` also writes them into
// README.md between the <!-- sizes --> markers.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
export const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));

const DESCRIPTIONS = {
  'dist/kelisim.js': 'all-in-one classic script (Lit, js-cookie, UI, kk/ru/en, gating, integrations)',
  'dist/kelisim.mjs': 'start-up module: cookie, decision, gating, integrations; no Lit',
  'dist/kelisim-define-*.mjs': 'UI chunk of the split build, fetched only to show the banner or dialog',
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
    .map(([name, budget]) => {
      const bytes = readFileSync(fileFor(name));
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, {level: 9}).length,
        brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
        budget,
      };
    });
}

export function sizeTable(sizes) {
  const rows = sizes.map(
    (size) =>
      `| \`${size.name}\` | ${DESCRIPTIONS[size.name]} | ${size.raw.toLocaleString('en')} | ${size.gzip.toLocaleString('en')} | ${size.brotli.toLocaleString('en')} | ${size.budget.toLocaleString('en')} |`
  );
  return ['| file | what | raw B | gzip B | brotli B | budget (brotli) |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = measureSizes();
  console.log(sizeTable(sizes));
  if (process.argv.includes('--readme')) {
    const readme = join(root, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const updated = text.replace(/<!-- sizes -->[\s\S]*<!-- \/sizes -->/, `<!-- sizes -->\n${sizeTable(sizes)}\n<!-- /sizes -->`);
    writeFileSync(readme, updated);
  }
  const over = sizes.filter((size) => size.brotli > size.budget);
  for (const size of over) console.error(`${size.name}: ${size.brotli} B brotli is over its budget of ${size.budget} B.`);
  process.exitCode = over.length ? 1 : 0;
}
