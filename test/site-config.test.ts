import {expect} from 'chai';
import {withWarnings} from './helpers/warnings.js';
import {readCookieRules, readJsonConfig, readSiteConfig} from '../src/site-config.js';

function elementWith(attributes: Record<string, string>): Element {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('readSiteConfig', () => {
  it('has safe defaults for an element with no attributes', () => {
    const {value, warnings} = withWarnings(() => readSiteConfig(elementWith({})));
    expect(value).to.deep.equal({
      categories: ['essential', 'performance', 'functional'],
      revision: 0,
      expiresDays: 365,
      cookieName: 'kelisim',
      cookieDomain: undefined,
      policyUrl: undefined,
      yandexMetrika: [],
      yandexMetrikaOptions: {clickmap: true, trackLinks: true, accurateTrackBounce: true},
      googleAnalytics: [],
      yandexMetrikaSrc: 'https://mc.yandex.ru/metrika/tag.js',
      googleAnalyticsSrc: 'https://www.googletagmanager.com/gtag/js',
      googleConsentMode: 'off',
      reloadOnWithdraw: true,
      spa: false,
      consentEndpoint: undefined,
      gpc: undefined,
    });
    expect(warnings).to.deep.equal([]);
  });

  it('reads every attribute', () => {
    const config = readSiteConfig(
      elementWith({
        categories: 'performance marketing',
        revision: '7',
        'expires-days': '180',
        'cookie-name': 'orta_consent',
        'cookie-domain': '.orta.community',
        'policy-url': 'https://orta.community/privacy',
      })
    );
    expect(config).to.deep.include({
      categories: ['essential', 'performance', 'marketing'],
      revision: 7,
      expiresDays: 180,
      cookieName: 'orta_consent',
      cookieDomain: '.orta.community',
      policyUrl: 'https://orta.community/privacy',
    });
  });

  it('reads the integrations', () => {
    const config = readSiteConfig(
      elementWith({
        'yandex-metrika': '12345678 87654321',
        'yandex-metrika-options': '{"webvisor": true}',
        'google-analytics': 'G-ABC1234',
        'reload-on-withdraw': 'false',
        spa: '',
      })
    );
    expect(config).to.deep.include({
      yandexMetrika: ['12345678', '87654321'],
      yandexMetrikaOptions: {webvisor: true},
      googleAnalytics: ['G-ABC1234'],
      googleConsentMode: 'basic',
      reloadOnWithdraw: false,
      spa: true,
    });
  });

  it('turns consent mode on by attribute, for sites that load Google themselves', () => {
    expect(readSiteConfig(elementWith({'google-consent-mode': ''})).googleConsentMode).to.equal('basic');
    expect(readSiteConfig(elementWith({'google-consent-mode': 'advanced'})).googleConsentMode).to.equal('advanced');
  });

  it('ignores wrong integration values, with a warning each', () => {
    const {value, warnings} = withWarnings(() =>
      readSiteConfig(
        elementWith({
          'yandex-metrika': '123 abc',
          'yandex-metrika-options': '[1]',
          'google-analytics': 'UA-1 G-"><script>',
          'google-consent-mode': 'full',
        })
      )
    );
    expect(value).to.deep.include({yandexMetrika: ['123'], googleAnalytics: [], googleConsentMode: 'basic'});
    expect(value.yandexMetrikaOptions).to.deep.equal({clickmap: true, trackLinks: true, accurateTrackBounce: true});
    expect(warnings).to.have.length(5);
  });

  it('replaces wrong values by defaults, with a warning each', () => {
    const {value, warnings} = withWarnings(() =>
      readSiteConfig(
        elementWith({
          categories: 'performance Ads ad-storage',
          revision: 'two',
          'expires-days': '9999',
          'cookie-name': 'a;b',
        })
      )
    );
    expect(value).to.deep.include({categories: ['essential', 'performance'], revision: 0, expiresDays: 365, cookieName: 'kelisim'});
    expect(warnings).to.have.length(5);
  });

  for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
    it(`refuses the policy link ${url}`, () => {
      const {value, warnings} = withWarnings(() => readSiteConfig(elementWith({'policy-url': url})));
      expect(value.policyUrl).to.equal(undefined);
      expect(warnings.join()).to.contain('refused');
    });
  }
});

function elementWithJson(json: string): Element {
  const element = document.createElement('div');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  return element;
}

describe('readJsonConfig', () => {
  it('reads the JSON child', () => {
    const json = '{"texts": {"ru": {"bannerTitle": "Куки"}}, "cookies": {"marketing": ["_fbp"]}}';
    expect(readJsonConfig(elementWithJson(json))).to.deep.equal({
      texts: {ru: {bannerTitle: 'Куки'}},
      cookies: {marketing: ['_fbp']},
    });
  });

  it('reads nothing without a JSON child', () => {
    expect(readJsonConfig(document.createElement('div'))).to.deep.equal({});
  });

  it('ignores a JSON child that does not parse, with a warning', () => {
    const {value, warnings} = withWarnings(() => readJsonConfig(elementWithJson('{"texts": ')));
    expect(value).to.deep.equal({});
    expect(warnings.join()).to.contain('not valid JSON');
  });

  it('ignores JSON that is not an object, with a warning', () => {
    const {value, warnings} = withWarnings(() => readJsonConfig(elementWithJson('["texts"]')));
    expect(value).to.deep.equal({});
    expect(warnings.join()).to.contain('must be an object');
  });
});

describe('readCookieRules', () => {
  it('removes GA and Metrika cookies for performance by default', () => {
    expect(readCookieRules(document.createElement('div'))).to.deep.equal({
      performance: ['_ga', '_ga_*', '_gid', '_gat*', '_gcl_*', '_ym_*'],
    });
  });

  it("adds the site's own patterns per category", () => {
    const rules = readCookieRules(elementWithJson('{"cookies": {"performance": ["_hj*"], "marketing": ["_fbp"]}}'));
    expect(rules.performance).to.include('_hj*').and.include('_ga');
    expect(rules.marketing).to.deep.equal(['_fbp']);
  });

  it('ignores rules that are not lists of names, with a warning', () => {
    const {value, warnings} = withWarnings(() =>
      readCookieRules(elementWithJson('{"cookies": {"marketing": "_fbp", "functional": [1]}}'))
    );
    expect(value).to.deep.equal({performance: ['_ga', '_ga_*', '_gid', '_gat*', '_gcl_*', '_ym_*']});
    expect(warnings).to.have.length(2);
  });
});
