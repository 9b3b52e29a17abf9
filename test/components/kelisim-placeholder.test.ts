import {expect} from 'chai';
import {getConsent} from '../../src/api.js';
import type {KelisimConsent} from '../../src/components/kelisim-consent/kelisim-consent.js';
import type {KelisimPlaceholder} from '../../src/components/kelisim-placeholder/kelisim-placeholder.js';
import '../../src/define.js';

const COOKIE = 'kelisim_placeholder_test';

describe('<kelisim-placeholder>', () => {
  let element: KelisimConsent;
  let embeds: HTMLIFrameElement[];

  const placeholders = () => [...document.querySelectorAll<KelisimPlaceholder>('kelisim-placeholder')];
  const button = (placeholder: KelisimPlaceholder, name: string) =>
    placeholder.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;

  before(async () => {
    embeds = ['one', 'two'].map((name) => {
      const iframe = document.createElement('iframe');
      iframe.title = name;
      iframe.dataset.category = 'functional';
      iframe.dataset.src = `${location.origin}/?embed=${name}`;
      document.body.append(iframe);
      return iframe;
    });
    element = document.createElement('kelisim-consent');
    element.setAttribute('cookie-name', COOKIE);
    element.lang = 'en';
    document.body.append(element);
    await element.updateComplete;
    // The placeholder's element is defined once the embed gate asks for it.
    await customElements.whenDefined('kelisim-placeholder');
    await Promise.all(placeholders().map((placeholder) => placeholder.updateComplete));
  });

  after(() => {
    element.remove();
    for (const embed of embeds) embed.remove();
    document.cookie = `${COOKIE}=; path=/; max-age=0`;
  });

  it('offers "always allow" and "load once" side by side', () => {
    expect(placeholders()).to.have.length(2);
    const texts = [...placeholders()[0].shadowRoot!.querySelectorAll('button')].map((b) => b.textContent.trim());
    expect(texts).to.deep.equal(['Allow and show', 'Show just this once']);
  });

  it('"load once" shows only its own embed and grants nothing', async () => {
    const [first] = placeholders();
    button(first, 'once-button').click();
    expect(embeds[0].getAttribute('src')).to.equal(`${location.origin}/?embed=one`);
    expect(embeds[0].hidden).to.equal(false);
    expect(embeds[1].hasAttribute('src')).to.equal(false);
    expect(embeds[1].hidden).to.equal(true);
    expect(placeholders()).to.have.length(1);
    expect(getConsent()).to.deep.include({status: 'missing', granted: ['essential']});
    expect(document.cookie).not.to.contain(COOKIE);
  });
});
