// The architecture's boundaries, as data: which layer of src/ may import which (ARCHITECTURE.md
// shows the same table, and a test below keeps the two equal). Dependencies point one way, the
// core stays pure, and the start-up path never reaches Lit.
import {expect, test} from '@playwright/test';
import {readFileSync, readdirSync} from 'node:fs';
import {join, posix} from 'node:path';

const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

/**
 * Each layer, where its files live, and what its static imports may reach: layers, `lit`,
 * `js-cookie`, or `locales` (the JSON texts). A layer imports itself freely.
 */
const LAYERS = {
  core: {where: 'core/', may: []},
  internal: {where: 'internal/', may: []},
  storage: {where: 'storage/', may: ['core', 'internal', 'js-cookie']},
  i18n: {where: 'i18n/', may: ['core', 'internal', 'locales']},
  gating: {where: 'gating/', may: ['core', 'internal']},
  integrations: {where: 'integrations/', may: ['core', 'internal']},
  startup: {
    where: 'any other top-level file (runtime, api, boot, site-config, events, tab-sync, dev-checks)',
    may: ['core', 'internal', 'storage', 'i18n', 'gating', 'integrations'],
  },
  components: {where: 'components/', may: ['startup', 'core', 'internal', 'i18n', 'gating', 'lit']},
  entries: {
    where: 'index.ts, define.ts, cdn.ts, startup.ts',
    may: ['startup', 'components', 'core', 'internal', 'storage', 'i18n', 'gating', 'integrations'],
  },
} satisfies Record<string, {where: string; may: string[]}>;

type Layer = keyof typeof LAYERS;
const ENTRIES = ['index.ts', 'define.ts', 'cdn.ts', 'startup.ts'];

/** The layer of a path relative to src/, e.g. `gating/watch.ts` → gating. */
function layerOf(path: string): Layer {
  const [first] = path.split('/');
  if (!path.includes('/')) return ENTRIES.includes(path) ? 'entries' : 'startup';
  if (first in LAYERS && first !== 'startup' && first !== 'entries') return first as Layer;
  throw new Error(
    `src/${path} is in no layer: add its folder to LAYERS in test/e2e/boundaries.spec.ts and ARCHITECTURE.md`
  );
}

/** What an import specifier reaches: a layer of src/, `locales`, or a package's name. */
function targetOf(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.split('/')[0];
  const path = posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
  if (path.startsWith('../locales/')) return 'locales';
  return layerOf(path);
}

const sources = readdirSync(src, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.ts'));

/**
 * The static imports of a file. `import type` is left out (it costs no byte and may name any
 * layer's types), and so is `import()`, which puts what it loads in a chunk of its own: that is
 * how the start-up path reaches the UI.
 */
function staticImports(file: string): string[] {
  const code = readFileSync(join(src, file), 'utf8');
  const statements = code.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gm);
  return [...statements].filter(([, type]) => !type).map(([, , specifier]) => specifier);
}

/** The imports of `file` (a path in src/) that its layer may not make. */
function crossings(file: string, specifiers: string[]): string[] {
  const layer = layerOf(file);
  return specifiers
    .map((specifier) => ({specifier, target: targetOf(file, specifier)}))
    .filter(({target}) => target !== layer && !(LAYERS[layer].may as string[]).includes(target))
    .map(({specifier, target}) => `src/${file} (${layer}) imports ${specifier} (${target})`);
}

test('every import of src/ goes where its layer may (the table in ARCHITECTURE.md)', () => {
  expect(sources.length).toBeGreaterThan(20);
  expect(sources.flatMap((file) => crossings(file, staticImports(file)))).toEqual([]);
});

test('the layer check catches a crossing', () => {
  expect(crossings('core/x.ts', ['lit', '../runtime.js', './types.js', '../../locales/en.json'])).toEqual([
    'src/core/x.ts (core) imports lit (lit)',
    'src/core/x.ts (core) imports ../runtime.js (startup)',
    'src/core/x.ts (core) imports ../../locales/en.json (locales)',
  ]);
  expect(crossings('runtime.ts', ['./components/kelisim-consent/kelisim-consent.js', 'lit'])).toHaveLength(2);
  expect(crossings('gating/x.ts', ['../integrations/gtag.js'])).toHaveLength(1);
  expect(() => layerOf('widgets/x.ts')).toThrow(/in no layer/);
});

test('src/core touches no DOM global, so it runs and is tested without a browser', () => {
  for (const file of sources.filter((path) => path.startsWith('core/'))) {
    const code = readFileSync(join(src, file), 'utf8');
    expect(code, file).not.toMatch(/from '(lit|js-cookie)/);
    expect(code, file).not.toMatch(/\b(document|window|localStorage|navigator|location)\b/);
  }
});

test('ARCHITECTURE.md shows the same table', () => {
  const page = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const table = page.match(/<!-- layers -->([\s\S]*?)<!-- \/layers -->/)?.[1] ?? '';
  const rows = table
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const documented = Object.fromEntries(
    rows.map(([, layer, , may]) => [layer.replaceAll('`', ''), may === '—' ? [] : may.replaceAll('`', '').split(', ')])
  );
  const data = Object.fromEntries(Object.entries(LAYERS).map(([layer, {may}]) => [layer, may]));
  expect(documented).toEqual(data);
});
