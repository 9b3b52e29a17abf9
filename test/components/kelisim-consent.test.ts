import {expect} from 'chai';
import {accept, acceptAll, allowed, getConsent, onChange, rejectAll, reset, showPreferences} from '../../src/api.js';
import type {KelisimConsent} from '../../src/components/kelisim-consent/kelisim-consent.js';
import type {ConsentChange} from '../../src/core/types.js';
import '../../src/define.js';
import type {ConsentState} from '../../src/events.js';
import {LANGUAGES} from '../../src/i18n/language.js';
import {until} from '../helpers/elements.js';
import {warningsDuring, withErrors, withWarnings} from '../helpers/warnings.js';

const COOKIE = 'kelisim_element_test';

describe('<kelisim-consent>', () => {
  let element: KelisimConsent;
  let ready: ConsentState | undefined;
  let changes: ConsentChange[];

  const part = <T extends Element = HTMLElement>(name: string, within = '') =>
    element.shadowRoot!.querySelector<T>(`${within} [part~="${name}"]`.trim());
  const banner = () => part('banner');
  const dialog = () => part<HTMLDialogElement>('dialog');
  const settled = () => element.updateComplete;
  /** The dialog is a chunk of its own: it opens once that is loaded. */
  const opened = () => until(() => dialog()?.open);

  before(async () => {
    document.addEventListener('kelisim-ready', (event) => (ready = event.detail), {once: true});
    document.addEventListener('kelisim-change', (event) => changes.push(event.detail));
    element = document.createElement('kelisim-consent');
    element.setAttribute('cookie-name', COOKIE);
    element.setAttribute('policy-url', '/privacy');
    element.setAttribute('revision', '4');
    element.setAttribute('reload-on-withdraw', 'false');
    element.lang = 'en';
    document.body.append(element);
    await settled();
  });

  beforeEach(async () => {
    changes = [];
    reset();
    element.lang = 'en';
    await settled();
  });

  after(() => {
    element.remove();
    document.cookie = `${COOKIE}=; path=/; max-age=0`;
  });

  it('fires kelisim-ready with the stored state when it starts', () => {
    expect(ready).to.deep.include({status: 'missing', granted: ['essential']});
  });

  it('shows a labelled banner with the policy link and three buttons', () => {
    const region = banner()!;
    // A labelled <section> is a region landmark by itself.
    expect(region.localName).to.equal('section');
    const title = element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal('We use cookies');
    expect(part<HTMLAnchorElement>('policy-link')!.getAttribute('href')).to.equal('/privacy');
    const buttons = [...region.querySelectorAll('[part~="actions"] button')].map((b) => b.textContent.trim());
    expect(buttons).to.deep.equal(['Accept all', 'Reject all', 'Settings']);
  });

  it('gives Reject all the same weight as Accept all', () => {
    const acceptStyle = getComputedStyle(part('accept-button')!);
    const rejectStyle = getComputedStyle(part('reject-button')!);
    for (const property of ['background-color', 'color', 'font-size', 'font-weight', 'border', 'height']) {
      expect(rejectStyle.getPropertyValue(property), property).to.equal(acceptStyle.getPropertyValue(property));
    }
    // Flex layout may round the two widths a fraction of a pixel apart.
    expect(parseFloat(rejectStyle.width)).to.be.closeTo(parseFloat(acceptStyle.width), 1);
  });

  it('Accept all grants every category, stores it, hides the banner and fires kelisim-change', async () => {
    part('accept-button')!.click();
    await settled();
    expect(banner()).to.equal(null);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({source: 'accept-all', first: true});
    expect(changes[0].granted).to.deep.equal(['essential', 'performance', 'functional']);
    expect(document.cookie).to.match(
      new RegExp(`${COOKIE}=1\\.[0-9a-f-]{36}\\.4\\.essential:1\\|performance:1\\|functional:1\\.`)
    );
    expect(allowed('performance')).to.equal(true);
  });

  it('Reject all grants only essential', async () => {
    part('reject-button')!.click();
    await settled();
    expect(banner()).to.equal(null);
    expect(changes[0]).to.include({source: 'reject-all'});
    expect(changes[0].granted).to.deep.equal(['essential']);
    expect(allowed('performance')).to.equal(false);
  });

  it('Settings opens a modal dialog with one labelled switch per category, essential locked on', async () => {
    part('settings-button')!.click();
    await opened();
    expect(dialog()!.open).to.equal(true);
    const switches = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches.map((input) => input.name)).to.deep.equal(['essential', 'performance', 'functional']);
    expect(switches.map((input) => input.checked)).to.deep.equal([true, false, false]);
    expect(switches[0].disabled).to.equal(true);
    for (const input of switches) expect(input.closest('label')!.textContent).to.match(/cookies/);
    expect(part('always-active')!.textContent).to.equal('Always active');
    dialog()!.close();
  });

  it('Save stores exactly the switched-on categories', async () => {
    showPreferences();
    await opened();
    element.shadowRoot!.querySelector<HTMLInputElement>('input[name="functional"]')!.click();
    part('save-button', 'dialog')!.click();
    await settled();
    expect(dialog()!.open).to.equal(false);
    expect(banner()).to.equal(null);
    expect(changes[0]).to.include({source: 'save'});
    expect(changes[0].granted).to.deep.equal(['essential', 'functional']);
  });

  it('pre-selects the stored choice when reopened', async () => {
    accept(['performance']);
    showPreferences();
    await opened();
    const checked = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map(
      (input) => input.checked
    );
    expect(checked).to.deep.equal([true, true, false]);
    dialog()!.close();
  });

  it('opens the dialog from any data-kelisim="preferences" link', async () => {
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.kelisim = 'preferences';
    link.innerHTML = '<span>Cookie settings</span>';
    document.body.append(link);
    link.querySelector('span')!.click();
    await opened();
    expect(dialog()!.open).to.equal(true);
    expect(location.hash).to.equal('');
    dialog()!.close();
    link.remove();
  });

  it('opens the dialog before a client-side router on the document can take the link as a navigation', async () => {
    // Routers (Astro's ClientRouter, SvelteKit) take a link's click unless it was prevented, some on the
    // document with a listener added before Kelisim's, some on an element nearer the link.
    const navigations: string[] = [];
    const router = (event: MouseEvent) => {
      if (!event.defaultPrevented) navigations.push((event.target as Element).closest('a')!.href);
    };
    document.body.addEventListener('click', router);
    const link = document.createElement('a');
    link.href = '#cookies';
    link.dataset.kelisim = 'preferences';
    link.textContent = 'Cookie settings';
    document.body.append(link);
    link.click();
    await opened();
    document.body.removeEventListener('click', router);
    link.remove();
    expect(dialog()!.open).to.equal(true);
    expect(navigations).to.deep.equal([]);
    dialog()!.close();
  });

  it('switches language at once from the language switch', async () => {
    const russian = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="language-button"]')].find(
      (button) => button.textContent.trim() === 'Русский'
    )!;
    russian.click();
    await settled();
    expect(element.getAttribute('lang')).to.equal('ru');
    expect(part('title')!.textContent).to.equal('Мы используем файлы cookie');
    expect(part('accept-button')!.textContent.trim()).to.equal('Принять все');
    expect(russian.getAttribute('aria-pressed')).to.equal('true');
  });

  it('warns about a lang it does not speak and shows the next language it can', async () => {
    const warnings = await warningsDuring(async () => {
      element.lang = 'de';
      await settled();
    });
    expect(warnings).to.deep.equal([
      `[kelisim] lang="de" is not one of ${LANGUAGES.join(', ')}; using ${element.language}.`,
    ]);
    expect(LANGUAGES).to.include(element.language);
    expect(part('title')!.textContent).to.equal(element.text('bannerTitle'));
    const quiet = await warningsDuring(async () => {
      element.lang = 'ru-KZ';
      await settled();
    });
    expect(quiet).to.deep.equal([]);
    expect(element.language).to.equal('ru');
  });

  it('stores the language the visitor decided in', async () => {
    element.lang = 'kk';
    await settled();
    part('reject-button')!.click();
    expect(getConsent().record!.lang).to.equal('kk');
  });

  describe('API', () => {
    it('acceptAll and rejectAll decide with source api', () => {
      expect(acceptAll()!.source).to.equal('api');
      expect(getConsent().granted).to.deep.equal(['essential', 'performance', 'functional']);
      const change = rejectAll()!;
      expect(change.changed).to.deep.equal(['performance', 'functional']);
      expect(getConsent()).to.deep.include({status: 'current', granted: ['essential']});
    });

    it('accept grants exactly the listed categories, and refuses a list with an unknown one', () => {
      accept(['functional']);
      expect(getConsent().granted).to.deep.equal(['essential', 'functional']);
      const {errors} = withErrors(() => accept(['performance', 'ads']));
      expect(errors.join()).to.contain('"ads"');
      expect(getConsent().granted).to.deep.equal(['essential', 'functional']);
    });

    it('onChange calls back until unsubscribed', () => {
      const seen: string[] = [];
      const unsubscribe = onChange((change) => seen.push(change.source));
      acceptAll();
      unsubscribe();
      rejectAll();
      expect(seen).to.deep.equal(['api']);
    });

    it('reset forgets the choice and shows the banner again', async () => {
      acceptAll();
      await settled();
      expect(banner()).to.equal(null);
      reset();
      await settled();
      expect(banner()).not.to.equal(null);
      expect(getConsent().status).to.equal('missing');
      expect(document.cookie).not.to.contain(COOKIE);
    });
  });

  it('ignores a second element on the page, with a warning', async () => {
    const second = document.createElement('kelisim-consent');
    const {warnings} = withWarnings(() => document.body.append(second));
    await second.updateComplete;
    expect(second.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
    expect(warnings.join()).to.contain('Only one <kelisim-consent>');
    second.remove();
  });
});
