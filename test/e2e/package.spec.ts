// What ships: the npm build imports cleanly (also in Node, for server-side rendering), every
// path the package.json names exists, and the manifest documents the element.
import {expect, test} from '@playwright/test';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const root = join(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('the npm entry imports in Node without touching the DOM', async () => {
  const kelisim = await import(join(root, 'dist/index.js'));
  expect(Object.keys(kelisim).sort()).toEqual(
    ['ChangeSource', 'ConsentStatus', 'ESSENTIAL', 'KelisimConsent', 'KelisimPlaceholder', 'accept', 'acceptAll', 'allowed', 'getConsent',
      'onChange', 'rejectAll', 'reset', 'showPreferences']
  );
  expect(kelisim.allowed('performance')).toBe(false);
  expect(kelisim.getConsent()).toEqual({status: 'missing', granted: ['essential']});
});

test('every file package.json points at exists after the build', () => {
  const targets: string[] = [packageJson.main, packageJson.types, packageJson.customElements];
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
    expect.arrayContaining(['policy-url', 'revision', 'categories', 'cookie-name', 'cookie-domain', 'expires-days', 'lang'])
  );
  expect(names(element.events)).toEqual(['kelisim-ready', 'kelisim-change']);
  expect(names(element.cssParts)).toEqual(expect.arrayContaining(['banner', 'accept-button', 'reject-button', 'dialog']));
});

test('every script-tag file is within its brotli budget (bench/budgets.json)', async () => {
  const {measureSizes} = await import(join(root, 'scripts/size.mjs'));
  for (const size of measureSizes() as {name: string; brotli: number; budget: number}[]) {
    expect(size.brotli, size.name).toBeLessThanOrEqual(size.budget);
  }
});

test('the start-up module of the split build carries no Lit', () => {
  const startup = readFileSync(join(root, 'dist/kelisim.mjs'), 'utf8');
  expect(startup).not.toMatch(/lit-html|\$lit\$|ReactiveElement|adoptedStyleSheets/);
  expect(startup).toMatch(/import\("\.\/kelisim-define-[\w-]{8}\.mjs"\)/);
});
