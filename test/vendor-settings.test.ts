import {expect} from 'chai';
import {elementWith, elementWithJson} from './helpers/elements.js';
import {withWarnings} from './helpers/warnings.js';
import {googleAnalytics} from '../src/integrations/vendors/google-analytics.js';
import {yandexMetrika} from '../src/integrations/vendors/yandex-metrika.js';
import {readCookieRules, readVendorTag} from '../src/vendor-settings.js';

describe('readVendorTag', () => {
  it("reads a vendor's ids, loader, options and category from its attributes", () => {
    const element = elementWith({
      'yandex-metrika': '12345678 87654321',
      'yandex-metrika-options': '{"webvisor": true}',
      'yandex-metrika-src': '/proxy/tag.js',
      'yandex-metrika-category': 'analytics',
    });
    expect(readVendorTag(element, yandexMetrika, true)).to.deep.equal({
      ids: ['12345678', '87654321'],
      category: 'analytics',
      src: '/proxy/tag.js',
      options: {webvisor: true},
      spa: true,
    });
  });

  it("uses the vendor's defaults, and is undefined for a vendor the page does not use", () => {
    expect(readVendorTag(elementWith({'google-analytics': 'G-ABC1234'}), googleAnalytics, false)).to.deep.equal({
      ids: ['G-ABC1234'],
      category: 'performance',
      src: 'https://www.googletagmanager.com/gtag/js',
      options: {},
      spa: false,
    });
    expect(readVendorTag(elementWith({}), googleAnalytics, false)).to.equal(undefined);
  });

  it('ignores wrong ids, options and loaders with a warning each, and a wrong category', () => {
    const {value, warnings} = withWarnings(() =>
      readVendorTag(
        elementWith({
          'yandex-metrika': '123 abc',
          'yandex-metrika-options': '[1]',
          'yandex-metrika-src': 'javascript:alert(1)',
          'yandex-metrika-category': 'Ads',
        }),
        yandexMetrika,
        false
      )
    );
    expect(value).to.deep.equal({
      ids: ['123'],
      category: 'performance',
      src: 'https://mc.yandex.ru/metrika/tag.js',
      options: {clickmap: true, trackLinks: true, accurateTrackBounce: true},
      spa: false,
    });
    expect(warnings).to.have.length(3);
    expect(
      withWarnings(() => readVendorTag(elementWith({'google-analytics': 'UA-1 G-"><script>'}), googleAnalytics, false))
        .warnings
    ).to.have.length(2);
  });
});

describe('readCookieRules', () => {
  it('has no rules of its own: the vendors list their cookies', () => {
    expect(readCookieRules(document.createElement('div'))).to.deep.equal({});
  });

  it("reads the site's own patterns per category", () => {
    const rules = readCookieRules(elementWithJson('{"cookies": {"performance": ["_hj*"], "marketing": ["_fbp"]}}'));
    expect(rules).to.deep.equal({performance: ['_hj*'], marketing: ['_fbp']});
  });

  it('ignores rules that are not lists of names, with a warning', () => {
    const {value, warnings} = withWarnings(() =>
      readCookieRules(elementWithJson('{"cookies": {"marketing": "_fbp", "functional": [1]}}'))
    );
    expect(value).to.deep.equal({});
    expect(warnings).to.have.length(2);
  });
});
