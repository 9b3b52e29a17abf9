import {expect} from 'chai';
import {languageOf, pickLanguage, toLanguage} from '../../src/i18n/language.js';

describe('toLanguage', () => {
  it('maps regional tags to their base language', () => {
    expect(toLanguage('kk-KZ')).to.equal('kk');
    expect(toLanguage('ru-RU')).to.equal('ru');
    expect(toLanguage('EN_gb')).to.equal('en');
  });

  it('knows nothing of languages Kelisim does not ship', () => {
    expect(toLanguage('de')).to.equal(undefined);
    expect(toLanguage(null)).to.equal(undefined);
  });
});

describe('pickLanguage', () => {
  it('takes the first candidate Kelisim ships', () => {
    expect(pickLanguage([null, 'de-DE', 'ru-RU', 'en'])).to.equal('ru');
  });

  it('falls back to Kazakh', () => {
    expect(pickLanguage(['de', 'fr', undefined])).to.equal('kk');
  });
});

describe('languageOf', () => {
  it("takes the element's own lang, then the nearest in the page", () => {
    const page = document.createElement('div');
    page.lang = 'ru-RU';
    const element = document.createElement('span');
    page.append(element);
    expect(languageOf(element)).to.equal('ru');
    element.lang = 'en';
    expect(languageOf(element)).to.equal('en');
  });
});
