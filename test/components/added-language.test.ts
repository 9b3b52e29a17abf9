import {expect} from 'chai';
import {addLanguage, getConsent, reset} from '../../src/api.js';
import type {KelisimConsent} from '../../src/components/kelisim-consent/kelisim-consent.js';
import '../../src/define.js';
import {warningsDuring, withErrors} from '../helpers/warnings.js';

const COOKIE = 'kelisim_language_test';

describe('<kelisim-consent> with languages the site adds', () => {
  let element: KelisimConsent;
  let warnings: string[];

  const part = (name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  const switchButtons = () => [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="language-button"]')];

  before(async () => {
    element = document.createElement('kelisim-consent');
    element.setAttribute('cookie-name', COOKIE);
    element.setAttribute('reload-on-withdraw', 'false');
    element.lang = 'en';
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify({
      languages: {'kk-Latn': {$language: 'Qazaqşa', bannerTitle: 'Biz cookie qoldanamyz', acceptAll: 'Bärin qabyldau'}},
    });
    element.append(json);
    warnings = await warningsDuring(() => {
      document.body.append(element);
      return element.updateComplete;
    });
  });

  after(() => {
    element.remove();
    document.cookie = `${COOKIE}=; path=/; max-age=0`;
  });

  it('reports the keys a language from the JSON child lacks, by name, on the first render', () => {
    const report = warnings.find((warning) => warning.includes('"kk-Latn"'))!;
    expect(report).to.contain('rejectAll');
    expect(report).to.contain('embedLoadOnce');
    expect(report).not.to.contain('bannerTitle');
  });

  it('offers it in the switch, shows its texts and English for the missing ones', async () => {
    expect(switchButtons().map((button) => button.textContent.trim())).to.deep.equal([
      'Қазақша',
      'Русский',
      'English',
      'Qazaqşa',
    ]);
    switchButtons()[3].click();
    await element.updateComplete;
    expect(element.language).to.equal('kk-Latn');
    expect(part('title').textContent).to.equal('Biz cookie qoldanamyz');
    expect(part('accept-button').textContent.trim()).to.equal('Bärin qabyldau');
    expect(part('reject-button').textContent.trim()).to.equal('Reject all');
  });

  it('stores the added tag with a decision, and reads it back', async () => {
    element.lang = 'kk-Latn';
    await element.updateComplete;
    part('reject-button').click();
    expect(getConsent().record?.lang).to.equal('kk-Latn');
    expect(document.cookie).to.match(/kk-Latn/);
  });

  it('takes languages from the API, and refuses what is not a new language tag', async () => {
    reset();
    await element.updateComplete;
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(addLanguage('uz', {$language: "O'zbekcha", bannerTitle: 'Cookie'})).to.equal(true);
      await element.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(switchButtons().map((button) => button.textContent.trim())).to.include("O'zbekcha");
    expect(warnings.join('\n')).to.match(/"uz" has no text for .*acceptAll/);
    for (const tag of ['ru', 'x', 'uz-<b>', 42]) {
      const {value, errors} = withErrors(() => addLanguage(tag as string, {}));
      expect(value, String(tag)).to.equal(false);
      expect(errors.join(''), String(tag)).to.contain('refused');
    }
  });
});
