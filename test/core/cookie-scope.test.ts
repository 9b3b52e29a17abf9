import {expect} from 'chai';
import {cookieDomains, cookiePaths} from '../../src/core/cookie-scope.js';

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
