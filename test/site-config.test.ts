import {expect} from 'chai';
import {withWarnings} from './helpers/warnings.js';
import {elementWith, elementWithJson} from './helpers/elements.js';
import {readJsonConfig, readServices, readSiteConfig} from '../src/site-config.js';

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
      googleConsentMode: undefined,
      googleConsentOptions: {},
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
        'google-consent-options': '{"ads_data_redaction": true}',
        'reload-on-withdraw': 'false',
        spa: '',
      })
    );
    expect(config).to.deep.include({
      googleConsentMode: undefined,
      googleConsentOptions: {ads_data_redaction: true},
      reloadOnWithdraw: false,
      spa: true,
    });
  });

  it('turns consent mode on by attribute, for sites that load Google themselves', () => {
    expect(readSiteConfig(elementWith({'google-consent-mode': ''})).googleConsentMode).to.equal('basic');
    expect(readSiteConfig(elementWith({'google-consent-mode': 'advanced'})).googleConsentMode).to.equal('advanced');
    expect(readSiteConfig(elementWith({'google-consent-mode': 'off'})).googleConsentMode).to.equal('off');
  });

  it('ignores a wrong consent mode, with a warning', () => {
    const {value, warnings} = withWarnings(() => readSiteConfig(elementWith({'google-consent-mode': 'full'})));
    expect(value.googleConsentMode).to.equal('basic');
    expect(warnings).to.have.length(1);
  });
});

describe('readSiteConfig, wrong values', () => {
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
    expect(value).to.deep.include({
      categories: ['essential', 'performance'],
      revision: 0,
      expiresDays: 365,
      cookieName: 'kelisim',
    });
    expect(warnings).to.have.length(5);
  });

  for (const url of [
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
  ]) {
    it(`refuses the policy link ${url}`, () => {
      const {value, warnings} = withWarnings(() => readSiteConfig(elementWith({'policy-url': url})));
      expect(value.policyUrl).to.equal(undefined);
      expect(warnings.join()).to.contain('refused');
    });
  }
});

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

describe('readServices', () => {
  const withJson = (value: unknown) => {
    const element = document.createElement('div');
    element.innerHTML = `<script type="application/json">${JSON.stringify(value)}</script>`;
    return element;
  };
  const categories = ['essential', 'performance', 'functional'];

  it('reads the services declared under the site categories, with their category', () => {
    const metrika = {id: 'metrika', name: 'Yandex Metrika', cookies: ['_ym_uid'], abroad: false};
    const {value, warnings} = withWarnings(() =>
      readServices(withJson({services: {performance: [metrika]}}), categories)
    );
    expect(value).to.deep.equal([{...metrika, category: 'performance'}]);
    expect(warnings).to.deep.equal([]);
  });

  it('ignores, with a warning each, services without a valid new id or a name, or outside the categories', () => {
    const services = {
      performance: [
        {name: 'No id'},
        {id: 'Metrika', name: 'Upper case'},
        {id: 'functional', name: 'A category'},
        {id: 'ok'},
      ],
      marketing: [{id: 'pixel', name: 'Not a category of the site'}],
      essential: [{id: 'session', name: 'Essential'}],
      functional: 'chat',
    };
    const {value, warnings} = withWarnings(() => readServices(withJson({services}), categories));
    expect(value).to.deep.equal([]);
    expect(warnings).to.have.length(7);
    expect(withWarnings(() => readServices(withJson({}), categories)).value).to.deep.equal([]);
  });
});
