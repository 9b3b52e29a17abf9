import {expect} from 'chai';
import {withWarnings} from '../helpers/warnings.js';
import {readSiteTexts} from '../../src/i18n/site-texts.js';

function elementWithJson(json: string): Element {
  const element = document.createElement('div');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  return element;
}

describe('readSiteTexts', () => {
  it('reads the texts of a JSON child, categories of the site included', () => {
    const json = '{"texts": {"ru": {"bannerTitle": "Куки на сайте", "marketingTitle": "Маркетинг"}}}';
    expect(readSiteTexts(elementWithJson(json), ['essential', 'marketing'])).to.deep.equal({
      ru: {bannerTitle: 'Куки на сайте', marketingTitle: 'Маркетинг'},
    });
  });

  it('reads nothing without a JSON child', () => {
    expect(readSiteTexts(document.createElement('div'), [])).to.deep.equal({});
  });

  it('ignores a JSON child that does not parse, with a warning', () => {
    const {value, warnings} = withWarnings(() => readSiteTexts(elementWithJson('{"texts": '), []));
    expect(value).to.deep.equal({});
    expect(warnings.join()).to.contain('not valid JSON');
  });

  it('ignores JSON that is not an object, with a warning', () => {
    const {value, warnings} = withWarnings(() => readSiteTexts(elementWithJson('"texts"'), []));
    expect(value).to.deep.equal({});
    expect(warnings.join()).to.contain('must be an object');
  });
});
