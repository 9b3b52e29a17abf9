import {expect} from 'chai';
import {withWarnings} from './helpers/warnings.js';
import {
  checkPage,
  closest,
  misplacedDataSrc,
  missingTexts,
  unknownAttributes,
  unknownCategories,
  unknownLinks,
} from '../src/dev-checks.js';
import {readSiteConfig} from '../src/site-config.js';

/** A fresh document holding `body`, with its `<kelisim-consent>` (not defined here: plain markup). */
function page(body: string) {
  const document = new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
  const host = document.querySelector('kelisim-consent')!;
  return {document, host, config: withWarnings(() => readSiteConfig(host)).value};
}

describe('unknownAttributes', () => {
  it('names an attribute Kelisim never reads, with the one it most likely meant', () => {
    const {host} = page('<kelisim-consent polcy-url="/privacy" revison="2"></kelisim-consent>');
    expect(unknownAttributes(host)).to.deep.equal([
      '<kelisim-consent> has no attribute "polcy-url"; it is ignored. Did you mean "policy-url"?',
      '<kelisim-consent> has no attribute "revison"; it is ignored. Did you mean "revision"?',
    ]);
  });

  it("knows every attribute the config reads, the element's own and HTML's global ones", () => {
    const {host} = page(`<kelisim-consent policy-url="/p" revision="1" categories="performance" cookie-name="c"
      cookie-domain=".a.test" expires-days="30" yandex-metrika="1" yandex-metrika-options="{}" google-analytics="G-ABCD1"
      yandex-metrika-src="/m.js" google-analytics-src="/g.js" google-consent-mode="advanced" reload-on-withdraw="false"
      spa consent-endpoint="/proof" gpc="reject" lang="ru" theme="dark" position="top" modal
      id="consent" class="x" data-test="1" aria-label="Cookies" _ngcontent-ng-c1="" ng-version="19"></kelisim-consent>`);
    expect(unknownAttributes(host)).to.deep.equal([]);
  });
});

describe('unknownCategories', () => {
  it('names a gated script whose category is not configured, suggesting the configured one it means', () => {
    const {host, config} = page(`<kelisim-consent></kelisim-consent>
      <script type="text/plain" data-category="analytics" src="https://mc.yandex.ru/metrika/tag.js"></script>
      <script type="text/plain" data-category="performence"></script>`);
    expect(unknownCategories(host, config)).to.deep.equal([
      'The gated script <script src="https://mc.yandex.ru/metrika/tag.js"> names category "analytics", which is not configured. Did you mean "performance"? Or add it: categories="performance functional analytics".',
      'The gated script <script> names category "performence", which is not configured. Did you mean "performance"? Or add it: categories="performance functional performence".',
    ]);
  });

  it("names a category an embed or the JSON child's cookies refer to that the site did not configure", () => {
    const {host, config} = page(`<kelisim-consent categories="performance">
        <script type="application/json">{"cookies": {"marketing": ["_fbp"], "performance": ["_x"]}}</script>
      </kelisim-consent>
      <iframe data-category="functional" data-src="https://www.youtube.com/embed/x"></iframe>`);
    expect(unknownCategories(host, config)).to.deep.equal([
      'The embed <iframe data-src="https://www.youtube.com/embed/x"> names category "functional", which is not configured. To use it, add it: categories="performance functional".',
      '"cookies.marketing" in the JSON config is for a category that is not configured. To use it, add it: categories="performance marketing".',
    ]);
  });

  it('finds nothing when every category named is configured', () => {
    const {host, config} = page(`<kelisim-consent categories="performance functional marketing"></kelisim-consent>
      <script type="text/plain" data-category="performance marketing"></script>
      <img alt="" data-category="essential" data-src="/p.gif">`);
    expect(unknownCategories(host, config)).to.deep.equal([]);
  });
});

describe('misplacedDataSrc', () => {
  it('names an element that would get a src it never loads, and passes those that load one', () => {
    const {document} = page(`<kelisim-consent></kelisim-consent>
      <div data-category="functional" data-src="https://www.youtube.com/embed/x"></div>
      <iframe data-category="functional" data-src="https://www.youtube.com/embed/y"></iframe>
      <img alt="" data-category="performance" data-src="/p.gif"><video data-category="functional" data-src="/v.mp4"></video>
      <script type="text/plain" data-category="performance" data-src="/a.js"></script>`);
    expect(misplacedDataSrc(document)).to.deep.equal([
      '<div data-src="https://www.youtube.com/embed/x"> has data-src, but a <div> loads nothing from src. Put data-category and data-src on the iframe, img, video, audio, source, track, embed itself.',
    ]);
  });
});

describe('missingTexts', () => {
  it("names each language that lacks a title or description of the site's own category", () => {
    const {host, config} = page(`<kelisim-consent categories="performance marketing">
        <script type="application/json">{"texts": {"ru": {"marketingTitle": "Реклама", "marketingDescription": "…"},
          "en": {"marketingTitle": "Ads"}}}</script>
      </kelisim-consent>`);
    expect(missingTexts(host, config)).to.deep.equal([
      'Category "marketing" has no "marketingTitle" text for kk; add it to the texts of each.',
      'Category "marketing" has no "marketingDescription" text for kk, en; add it to the texts of each.',
    ]);
  });

  it('takes texts from the texts property as well, and asks nothing of the shipped categories', () => {
    const {host, config} = page('<kelisim-consent categories="performance functional marketing"></kelisim-consent>');
    const texts = Object.fromEntries(
      ['kk', 'ru', 'en'].map((language) => [language, {marketingTitle: 'M', marketingDescription: 'D'}])
    );
    Object.assign(host, {texts});
    expect(missingTexts(host, config)).to.deep.equal([]);
  });
});

describe('unknownLinks', () => {
  it('names a data-kelisim value other than "preferences"', () => {
    const {document} = page(
      `<kelisim-consent></kelisim-consent><a href="#" data-kelisim="settings">Cookies</a><a href="#" data-kelisim="preferences">Cookies</a>`
    );
    expect(unknownLinks(document)).to.deep.equal([
      '<a href="#"> does nothing: the one data-kelisim value is "preferences".',
    ]);
  });
});

describe('closest', () => {
  it('suggests a name within two edits or one that starts with the given name, else nothing', () => {
    expect(closest('revison', ['policy-url', 'revision'])).to.equal('revision');
    expect(closest('cookie', ['cookie-name', 'revision'])).to.equal('cookie-name');
    expect(closest('colour', ['theme', 'position'])).to.equal(undefined);
  });
});

describe('checkPage', () => {
  it('warns every finding once the page is parsed, with the Kelisim prefix', () => {
    const {host, config} = page(`<kelisim-consent revison="1"></kelisim-consent>
      <script type="text/plain" data-category="ads"></script>`);
    const {warnings} = withWarnings(() => checkPage(host, config));
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.equal(
      '[kelisim] <kelisim-consent> has no attribute "revison"; it is ignored. Did you mean "revision"?'
    );
    expect(warnings[1]).to.match(/^\[kelisim\] The gated script <script> names category "ads"/);
  });
});
