// The development build (dist/development/, the `development` export condition) explains a page's
// mistakes in the console; the default builds carry none of that code.
import {expect, test} from '@playwright/test';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {banner, openSite, watchPage} from './site.js';

const root = join(import.meta.dirname, '../..');
const DEVELOPMENT = '<script src="/dist/development/kelisim.js"></script>';

/** A page with one of each mistake the development build explains. */
const MISTAKES = {
  element: `<kelisim-consent polcy-url="/privacy" revision="1" categories="performance marketing">
    <script type="application/json">{"texts": {"ru": {"marketingTitle": "Реклама"}}, "cookies": {"ads": ["_ads*"]}}</script>
  </kelisim-consent>`,
  body: `<script type="text/plain" data-category="analytics" src="https://mc.yandex.ru/metrika/tag.js"></script>
    <img alt="" data-category="media" data-src="https://pixel.k-s.test/p.gif">
    <div data-category="marketing" data-src="https://www.youtube.com/embed/x"></div>
    <a href="#" data-kelisim="settings">Cookies</a>`,
};

/** One line per mistake, in the order the development build reports them. */
const EXPECTED = [
  '[kelisim] <kelisim-consent> has no attribute "polcy-url"; it is ignored. Did you mean "policy-url"?',
  '[kelisim] The gated script <script src="https://mc.yandex.ru/metrika/tag.js"> names category "analytics", which is not configured. Did you mean "performance"? Or add it: categories="performance marketing analytics".',
  '[kelisim] The embed <img data-src="https://pixel.k-s.test/p.gif"> names category "media", which is not configured. To use it, add it: categories="performance marketing media".',
  '[kelisim] "cookies.ads" in the JSON config is for a category that is not configured. To use it, add it: categories="performance marketing ads".',
  '[kelisim] <div data-src="https://www.youtube.com/embed/x"> has data-src, but a <div> loads nothing from src. Put data-category and data-src on the iframe, img, video, audio, source, track, embed itself.',
  '[kelisim] Category "marketing" has no "marketingTitle" text for kk, en; add it to the texts of each.',
  '[kelisim] Category "marketing" has no "marketingDescription" text for kk, ru, en; add it to the texts of each.',
  '[kelisim] <a href="#"> does nothing: the one data-kelisim value is "preferences".',
];
const isDevelopmentWarning = (message: string) => EXPECTED.includes(message);

test('the development build explains each mistake in the page once', async ({page}) => {
  const watch = await watchPage(page);
  await openSite(page, {...MISTAKES, script: DEVELOPMENT});
  await expect(banner(page)).toBeVisible();
  expect(watch.warnings.filter(isDevelopmentWarning)).toEqual(EXPECTED);
  expect(watch.errors).toEqual([]);
});

test('the default build runs the same page without those explanations', async ({page}) => {
  const watch = await watchPage(page);
  await openSite(page, MISTAKES);
  await expect(banner(page)).toBeVisible();
  expect(watch.warnings.length).toBeGreaterThan(0);
  expect(watch.warnings.filter(isDevelopmentWarning)).toEqual([]);
});

test('every attribute the element documents is one the development build knows', async ({page}) => {
  const source = readFileSync(join(root, 'src/components/kelisim-consent/kelisim-consent.ts'), 'utf8');
  const documented = [...source.matchAll(/@attr (\S+)/g)].map(([, name]) => name);
  expect(documented).toContain('policy-url');
  const watch = await watchPage(page);
  const attributes = documented.map((name) => `${name}=""`).join(' ');
  await openSite(page, {element: `<kelisim-consent lang="en" ${attributes}></kelisim-consent>`, script: DEVELOPMENT});
  await expect(banner(page)).toBeVisible();
  expect(watch.warnings.filter((message) => message.includes('has no attribute'))).toEqual([]);
});

test('no file of the default builds carries the development checks', () => {
  const files = (dir: string) => readdirSync(join(root, dir), {recursive: true, encoding: 'utf8'});
  const shipped = files('dist')
    .filter((file) => /\.m?js$/.test(file) && !file.startsWith('development') && !file.startsWith('spa'))
    .map((file) => `dist/${file}`);
  expect(shipped).toEqual(expect.arrayContaining(['dist/kelisim.js', 'dist/kelisim.mjs', 'dist/index.js']));
  const developmentOnly = /has no attribute|is not configured|loads nothing from src|kelisim-probe/;
  for (const file of shipped) expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(developmentOnly);
  expect(readFileSync(join(root, 'dist/development/kelisim.js'), 'utf8')).toMatch(developmentOnly);
  const npmDevelopment = files('dist/development').filter((file) => file.endsWith('.js') && file !== 'kelisim.js');
  const source = npmDevelopment.map((file) => readFileSync(join(root, 'dist/development', file), 'utf8')).join('\n');
  expect(source).toMatch(developmentOnly);
});
