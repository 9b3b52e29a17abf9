import {expect} from 'chai';
import {LANGUAGES, addLanguage, languageOf, pickLanguage, toLanguage} from '../../src/i18n/language.js';

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

describe('addLanguage', () => {
  it('adds a BCP 47 tag that the closest match then prefers over its base language', () => {
    expect(addLanguage('kk-Latn', {})).to.equal(true);
    expect(LANGUAGES).to.include('kk-Latn');
    expect(toLanguage('KK-latn-KZ')).to.equal('kk-Latn');
    expect(toLanguage('kk-KZ')).to.equal('kk');
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
