import {expect} from 'chai';
import {cookieStore} from '../../src/storage/cookie-store.js';

const NAME = 'kelisim_store_test';

describe('cookieStore', () => {
  afterEach(() => {
    document.cookie = `${NAME}=; path=/; max-age=0`;
  });

  it('writes a first-party cookie at path / and reads it back', () => {
    const store = cookieStore({name: NAME, expiresDays: 365});
    store.write('1.abc.2.performance:1|functional:0.1.1.kk');
    expect(document.cookie).to.contain(`${NAME}=1.abc.2.performance:1|functional:0.1.1.kk`);
    expect(store.read()).to.equal('1.abc.2.performance:1|functional:0.1.1.kk');
  });

  it('reads nothing when there is no cookie', () => {
    expect(cookieStore({name: NAME, expiresDays: 365}).read()).to.equal(undefined);
  });

  it('removes the cookie it wrote', () => {
    const store = cookieStore({name: NAME, expiresDays: 365});
    store.write('x');
    store.clear();
    expect(document.cookie).not.to.contain(NAME);
    expect(store.read()).to.equal(undefined);
  });

  it('does not throw on a cookie with broken percent-encoding', () => {
    document.cookie = `${NAME}=%E0%A4%A; path=/`;
    expect(() => cookieStore({name: NAME, expiresDays: 365}).read()).not.to.throw();
  });
});
