import {expect} from 'chai';
import {cookieStore} from '../../src/storage/cookie-store.js';
import {withErrors} from '../helpers/warnings.js';

const NAME = 'kelisim_store_test';
const RECORD = '1.abc.2.performance:1|functional:0.1.1.kk';

/** Replaces document.cookie for one test; `undefined` puts the real one back. */
function fakeCookie(descriptor?: PropertyDescriptor) {
  if (descriptor) Object.defineProperty(document, 'cookie', {...descriptor, configurable: true});
  else delete (document as unknown as {cookie?: string}).cookie;
}

describe('cookieStore', () => {
  afterEach(() => {
    fakeCookie();
    document.cookie = `${NAME}=; path=/; max-age=0`;
  });

  it('writes a first-party cookie at path / and reads it back', () => {
    const store = cookieStore({name: NAME, expiresDays: 365});
    store.write(RECORD);
    expect(document.cookie).to.contain(`${NAME}=${RECORD}`);
    expect(store.read()).to.deep.equal([RECORD]);
  });

  it('reads nothing when there is no cookie', () => {
    // A name no test writes: WebKit may still list a cookie another test removed a moment ago.
    expect(cookieStore({name: `${NAME}_unwritten`, expiresDays: 365}).read()).to.deep.equal([]);
  });

  it('reads every cookie of its name, and only of its name', () => {
    fakeCookie({get: () => `${NAME}x=1; ${NAME}=a; other=2; ${NAME}=b=c`});
    expect(cookieStore({name: NAME, expiresDays: 365}).read()).to.deep.equal(['a', 'b=c']);
  });

  it('removes the cookie it wrote', () => {
    const store = cookieStore({name: NAME, expiresDays: 365});
    store.write('x');
    store.clear();
    expect(document.cookie).not.to.contain(NAME);
    expect(store.read()).to.deep.equal([]);
  });

  it('removes every variant before it writes: host-only and on each parent domain', () => {
    const written: string[] = [];
    let jar = '';
    fakeCookie({
      get: () => jar,
      set: (cookie: string) =>
        void (written.push(cookie), (jar = cookie.startsWith(`${NAME}=;`) ? jar : cookie.split(';')[0])),
    });
    cookieStore({name: NAME, expiresDays: 1}).write('v');
    const removals = written.filter((cookie) => cookie.startsWith(`${NAME}=;`));
    expect(removals.some((cookie) => /; path=\/(;|$)/.test(cookie) && !cookie.includes('domain='))).to.equal(true);
    expect(written.at(-1)).to.match(new RegExp(`^${NAME}=v; path=/; expires=[^;]+; sameSite=Lax`));
  });

  it('does not throw on a cookie with broken percent-encoding', () => {
    document.cookie = `${NAME}=%E0%A4%A; path=/`;
    expect(() => cookieStore({name: NAME, expiresDays: 365}).read()).not.to.throw();
  });

  it('refuses a domain the browser does not store, with an error, and writes host-only', () => {
    const store = cookieStore({name: NAME, expiresDays: 365, domain: 'example.com'});
    const {errors} = withErrors(() => store.write(RECORD));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('cookie-domain="example.com"');
    expect(store.read()).to.deep.equal([RECORD]);
  });

  it('keeps the choice in memory, with one error, where cookies throw', () => {
    const blocked = () => {
      throw new DOMException('sandboxed', 'SecurityError');
    };
    fakeCookie({get: blocked, set: blocked});
    const store = cookieStore({name: NAME, expiresDays: 365});
    const {errors} = withErrors(() => {
      expect(store.read()).to.deep.equal([]);
      store.write(RECORD);
      expect(store.read()).to.deep.equal([RECORD]);
      store.clear();
      expect(store.read()).to.deep.equal([]);
    });
    expect(errors).to.have.length(1);
  });

  it('keeps the choice in memory, with one error, where cookies are silently dropped', () => {
    fakeCookie({get: () => '', set: () => {}});
    const store = cookieStore({name: NAME, expiresDays: 365});
    const {errors} = withErrors(() => store.write(RECORD));
    expect(store.read()).to.deep.equal([RECORD]);
    expect(errors).to.have.length(1);
  });
});
