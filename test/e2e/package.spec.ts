// What ships: the npm build imports cleanly (also in Node, for server-side rendering), every
// path the package.json names exists, and the manifest documents the element.
import {expect, test} from '@playwright/test';
import {execSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {API_FUNCTIONS} from './site.js';

const root = join(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('the npm entry imports in Node without touching the DOM', async () => {
  const kelisim = await import(join(root, 'dist/index.js'));
  expect(Object.keys(kelisim).sort()).toEqual([
    'ChangeSource',
    'ConsentStatus',
    'ESSENTIAL',
    'KelisimConsent',
    'KelisimPlaceholder',
    ...API_FUNCTIONS,
  ]);
  expect(kelisim.allowed('performance')).toBe(false);
  expect(kelisim.getConsent()).toEqual({status: 'missing', granted: ['essential']});
});

test('every file package.json points at exists after the build', () => {
  const targets: string[] = [packageJson.main, packageJson.types, packageJson.customElements];
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- exports mixes strings and condition maps
  for (const entry of Object.values(packageJson.exports) as (string | Record<string, string>)[]) {
    targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)));
  }
  for (const target of targets.filter((path) => !path.includes('*'))) {
    expect(existsSync(join(root, target)), target).toBe(true);
  }
  for (const locale of ['kk', 'ru', 'en']) expect(existsSync(join(root, `dist/locales/${locale}.json`))).toBe(true);
});

test('custom-elements.json documents the element, its attributes, events and parts', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const element = manifest.modules
    .flatMap((module: {declarations?: object[]}) => module.declarations ?? [])
    .find((declaration: {tagName?: string}) => declaration.tagName === 'kelisim-consent');
  const names = (list: {name: string}[]) => list.map((item) => item.name);
  expect(names(element.attributes)).toEqual(
    expect.arrayContaining([
      'policy-url',
      'revision',
      'categories',
      'cookie-name',
      'cookie-domain',
      'expires-days',
      'lang',
    ])
  );
  expect(names(element.events)).toEqual(['kelisim-ready', 'kelisim-change']);
  expect(names(element.cssParts)).toEqual(
    expect.arrayContaining(['banner', 'accept-button', 'reject-button', 'dialog'])
  );
});

test('every script-tag file is within its brotli budget (bench/budgets.json)', async () => {
  const {measureSizes} = await import(join(root, 'scripts/size.mjs'));
  for (const size of measureSizes() as {name: string; brotli: number; budget: number}[]) {
    expect(size.brotli, size.name).toBeLessThanOrEqual(size.budget);
  }
});

test("the README's size table is the build's (the build writes it)", async () => {
  const {measureSizes, sizeTable} = await import(join(root, 'scripts/size.mjs'));
  expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(sizeTable(measureSizes()));
});

test('size budgets only ratchet down, to the target once it is met', async () => {
  const {ratcheted} = await import(join(root, 'scripts/size.mjs'));
  expect(ratcheted({brotli: 9000, budget: 12000, target: 11000})).toBe(11000);
  expect(ratcheted({brotli: 15000, budget: 17500, target: 11000})).toBe(15300);
  expect(ratcheted({brotli: 17400, budget: 17500, target: 11000})).toBe(17500);
  expect(ratcheted({brotli: 11100, budget: 17500, target: 11000})).toBe(11322);
});

test('the start-up module of the split build carries no Lit', () => {
  const startup = readFileSync(join(root, 'dist/kelisim.mjs'), 'utf8');
  expect(startup).not.toMatch(/lit-html|\$lit\$|ReactiveElement|adoptedStyleSheets/);
  expect(startup).toMatch(/import\("\.\/kelisim-ui\.mjs"\)/);
});

test("the README's reference is the one custom-elements.json gives (npm run docs)", async () => {
  const {apiReference, readmeReference} = await import(join(root, 'scripts/api-docs.mjs'));
  expect(readmeReference()).toBe(apiReference());
});

test('publint finds nothing to fix in the package', async () => {
  const {publint} = await import('publint');
  const {messages} = await publint({pkgDir: root, level: 'suggestion'});
  expect(messages).toEqual([]);
});

test('npm pack holds only what users need', () => {
  const [pack] = JSON.parse(
    execSync('npm pack --dry-run --json', {cwd: root, stdio: ['ignore', 'pipe', 'ignore']}).toString()
  );
  const files: string[] = pack.files.map((file: {path: string}) => file.path);
  const outside = files.filter(
    (path) =>
      !/^(dist\/|frameworks\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(path)
  );
  expect(outside).toEqual([]);
  expect(files.filter((path) => path.startsWith('dist/spa/'))).toEqual([]);
  for (const needed of [
    'dist/kelisim.js',
    'dist/kelisim.mjs',
    'dist/index.js',
    'dist/define.js',
    'dist/types/index.d.ts',
  ]) {
    expect(files).toContain(needed);
  }
});

test("the README's framework recipes are the example apps' files (node scripts/readme-examples.mjs)", async () => {
  const {readme, readmeWithExamples} = await import(join(root, 'scripts/readme-examples.mjs'));
  expect(readme()).toBe(readmeWithExamples(readme()));
});

test('the framework typings name every attribute custom-elements.json documents', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const typings = readFileSync(join(root, 'frameworks/attributes.d.ts'), 'utf8');
  const attributes = manifest.modules
    .flatMap(
      (module: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}) => module.declarations ?? []
    )
    .flatMap((declaration: {tagName?: string; attributes?: {name: string}[]}) =>
      declaration.tagName ? (declaration.attributes ?? []) : []
    );
  for (const {name} of attributes) expect(typings, name).toMatch(new RegExp(`\\n  '?${name}'?\\?:`));
});

test("a bundler keeps the split build imported for its effects (package.json's sideEffects)", async () => {
  const {rollup} = await import('rollup');
  const {nodeResolve} = await import('@rollup/plugin-node-resolve');
  const entry = 'virtual:entry';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `import ${JSON.stringify(join(root, 'dist/kelisim.mjs'))};` : null),
      },
      nodeResolve(),
    ],
    onwarn: () => {},
  });
  const {output} = await bundle.generate({format: 'es'});
  expect(output[0].code).toMatch(/kelisim-consent/);
});
