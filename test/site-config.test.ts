import {expect} from 'chai';
import {withWarnings} from './helpers/warnings.js';
import {readSiteConfig} from '../src/site-config.js';

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
