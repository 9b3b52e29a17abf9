import {expect} from 'chai';
import {LOADED, loadLocale} from '../../src/i18n/load-locale.js';
import {checkOverrides, createTranslator, format, listOf} from '../../src/i18n/localize.js';
import ENGLISH from '../../locales/en.json';
import {warn} from '../../src/internal/warn.js';
import {withWarnings} from '../helpers/warnings.js';

before(() => Promise.all([loadLocale('kk'), loadLocale('ru'), loadLocale('en')]));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('locales', () => {
  for (const language of ['kk', 'ru'] as const) {
    it(`${language}.json has exactly en.json's keys and placeholders, none empty`, () => {
      const texts = LOADED[language] as Record<string, string>;
      expect(Object.keys(texts).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
      for (const [key, english] of Object.entries(ENGLISH)) {
        expect(texts[key].trim(), key).not.to.equal('');
        expect(placeholders(texts[key]), key).to.deep.equal(placeholders(english));
      }
    });
  }
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(format('{service} needs {category}; {other}', {service: 'youtube.com', category: 'Functional'})).to.equal(
      'youtube.com needs Functional; {other}'
    );
  });
});

describe('listOf', () => {
  it('joins with commas and the given "and" before the last name', () => {
    expect(listOf(['a', 'b', 'c'], 'және')).to.equal('a, b және c');
    expect(listOf(['a', 'b'], 'и')).to.equal('a и b');
    expect(listOf(['a'], 'and')).to.equal('a');
    expect(listOf([], 'and')).to.equal('');
  });
});

describe('createTranslator', () => {
  it("prefers the site's text, then the shipped one", () => {
    const warnings: string[] = [];
    const t = createTranslator({ru: {bannerTitle: 'Куки'}}, (m) => warnings.push(m));
    expect(t('ru', 'bannerTitle')).to.equal('Куки');
    expect(t('kk', 'bannerTitle')).to.equal(LOADED.kk.bannerTitle);
    expect(warnings).to.deep.equal([]);
  });

  it("falls back for a site category's missing text, warning once", () => {
    const t = createTranslator({en: {marketingTitle: 'Marketing'}}, warn);
    const {warnings} = withWarnings(() => {
      expect(t('kk', 'marketingTitle')).to.equal('Marketing');
      expect(t('kk', 'marketingTitle')).to.equal('Marketing');
      expect(t('ru', 'marketingDescription')).to.equal('marketingDescription');
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('"marketingTitle"').and.contain('"kk"');
  });
});

describe('checkOverrides', () => {
  it('keeps known keys of shipped languages and warns about the rest', () => {
    const warnings: string[] = [];
    const checked = checkOverrides(
      {ru: {bannerTitle: 'Куки', bannerTitel: 'typo', marketingTitle: 'Маркетинг', save: 42}, de: {save: 'Speichern'}},
      ['essential', 'marketing'],
      (m) => warnings.push(m)
    );
    expect(checked).to.deep.equal({ru: {bannerTitle: 'Куки', marketingTitle: 'Маркетинг'}});
    expect(warnings).to.have.length(3);
  });

  it('ignores texts that are not an object', () => {
    const warnings: string[] = [];
    expect(checkOverrides('hello', [], (m) => warnings.push(m))).to.deep.equal({});
    expect(warnings).to.have.length(1);
  });
});
