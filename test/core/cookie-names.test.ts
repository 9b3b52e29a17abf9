import {expect} from 'chai';
import {cookieDomains, cookiePaths, matchesPattern} from '../../src/core/cookie-names.js';

describe('matchesPattern', () => {
  const cases: [string, string, boolean][] = [
    ['_ga', '_ga', true],
    ['_gat', '_ga', false],
    ['_ga_ABC123', '_ga_*', true],
    ['_ga', '_ga_*', false],
    ['_gat_UA-1', '_gat*', true],
    ['_gat', '_gat*', true],
    ['_ym_uid', '_ym_*', true],
    ['x_ym_uid', '_ym_*', false],
    ['_gcl_au', '_gcl_*', true],
    ['kelisim', '_*', false],
    ['ab_cd_ef', 'ab*ef', true],
    ['abef', 'ab*cd*ef', false],
    ['abcdef', 'ab*cd*ef', true],
  ];
  for (const [name, pattern, expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'} ${name} against ${pattern}`, () => {
      expect(matchesPattern(name, pattern)).to.equal(expected);
    });
  }
});

describe('cookieDomains', () => {
  it('lists the host and each parent down to two labels', () => {
    expect(cookieDomains('www.orta.community')).to.deep.equal(['www.orta.community', 'orta.community']);
    expect(cookieDomains('a.b.spark.kz')).to.deep.equal(['a.b.spark.kz', 'b.spark.kz', 'spark.kz']);
  });

  it('lists only the host for an IP address or a single-label host', () => {
    expect(cookieDomains('127.0.0.1')).to.deep.equal(['127.0.0.1']);
    expect(cookieDomains('localhost')).to.deep.equal(['localhost']);
  });
});

describe('cookiePaths', () => {
  it('lists the root, each ancestor with and without its slash, and the page', () => {
    expect(cookiePaths('/shop/item/page.html')).to.deep.equal([
      '/',
      '/shop',
      '/shop/',
      '/shop/item',
      '/shop/item/',
      '/shop/item/page.html',
    ]);
  });

  it('keeps a trailing slash of the page itself, and the root alone for /', () => {
    expect(cookiePaths('/spa/')).to.deep.equal(['/', '/spa', '/spa/']);
    expect(cookiePaths('/')).to.deep.equal(['/']);
  });
});
