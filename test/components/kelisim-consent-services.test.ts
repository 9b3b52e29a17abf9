// The dialog of a site that declares services: its own page, since Kelisim starts once per page.
import {expect} from 'chai';
import {accept, allowed, isAllowed, reset, showPreferences} from '../../src/api.js';
import {until} from '../helpers/elements.js';
import type {KelisimConsent} from '../../src/components/kelisim-consent/kelisim-consent.js';
import '../../src/define.js';
import {currentRuntime} from '../../src/runtime.js';
import {withErrors} from '../helpers/warnings.js';

const COOKIE = 'kelisim_services_test';
const SERVICES = {
  performance: [
    {
      id: 'metrika',
      name: 'Yandex Metrika',
      vendor: {en: 'Yandex LLC', ru: 'ООО «Яндекс»'},
      purpose: {en: 'Visit statistics.', ru: 'Статистика посещений.'},
      cookies: ['_ym_uid', '_ym_d'],
      retention: '1 year',
      abroad: true,
    },
    {id: 'clarity', name: 'Microsoft Clarity', abroad: false},
  ],
};

describe('<kelisim-consent> with services', () => {
  let element: KelisimConsent;

  const root = () => element.shadowRoot!;
  const switchOf = (name: string) => root().querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const dialog = () => root().querySelector<HTMLDialogElement>('[part~="dialog"]');
  /** Opens the dialog anew, as a visitor does after closing it; it is a chunk of its own, open once loaded. */
  const open = async () => {
    dialog()?.close();
    showPreferences();
    await until(() => dialog()?.open);
  };
  const click = async (name: string) => {
    switchOf(name).click();
    await element.updateComplete;
  };
  const cookie = () => document.cookie.split('; ').find((pair) => pair.startsWith(`${COOKIE}=`)) ?? '';

  before(async () => {
    element = document.createElement('kelisim-consent');
    element.setAttribute('cookie-name', COOKIE);
    element.setAttribute('reload-on-withdraw', 'false');
    element.setAttribute('policy-url', '/privacy');
    element.lang = 'en';
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = JSON.stringify({services: SERVICES});
    element.append(json);
    document.body.append(element);
    await element.updateComplete;
  });

  beforeEach(async () => {
    reset();
    await element.updateComplete;
  });

  after(() => {
    element.remove();
    document.cookie = `${COOKIE}=; path=/; max-age=0`;
  });

  it('nests each service under its category with its own labelled switch and details', async () => {
    await open();
    const category = switchOf('performance').closest('[part~="category"]')!;
    const services = [...category.querySelectorAll('[part~="service"]')];
    expect(services).to.have.length(2);
    const metrika = switchOf('metrika');
    expect(metrika.getAttribute('role')).to.equal('switch');
    expect(metrika.closest('label')!.textContent.trim()).to.equal('Yandex Metrika');
    const details = root().getElementById(metrika.getAttribute('aria-describedby')!)!.textContent;
    expect(details).to.equal(
      'Visit statistics. Provider: Yandex LLC. Cookies: _ym_uid, _ym_d. Kept for: 1 year. The data is sent outside Kazakhstan.'
    );
    expect(root().getElementById(switchOf('clarity').getAttribute('aria-describedby')!)!.textContent).to.equal(
      'The data stays in Kazakhstan.'
    );
    // A category without services looks as it always did.
    expect(switchOf('functional').closest('[part~="category"]')!.querySelector('[part~="services"]')).to.equal(null);
  });

  it('shows the site texts in the dialog language', async () => {
    element.lang = 'ru';
    await open();
    const details = root().getElementById(switchOf('metrika').getAttribute('aria-describedby')!)!.textContent;
    expect(details).to.contain('Статистика посещений.').and.contain('Поставщик: ООО «Яндекс».');
    element.lang = 'en';
    await element.updateComplete;
  });

  it('shows "some" on the category switch, and saves only the switched-on service', async () => {
    await open();
    await click('performance');
    expect(switchOf('metrika').checked && switchOf('clarity').checked).to.equal(true);
    expect(switchOf('performance').getAttribute('aria-checked')).to.equal(null);
    await click('clarity');
    expect(switchOf('performance').checked).to.equal(true);
    expect(switchOf('performance').indeterminate).to.equal(true);
    expect(switchOf('performance').getAttribute('aria-checked')).to.equal('mixed');
    root().querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await element.updateComplete;
    expect(allowed('performance')).to.equal(true);
    expect(isAllowed('metrika')).to.equal(true);
    expect(isAllowed('clarity')).to.equal(false);
    expect(cookie()).to.match(/\.en\.clarity$/);
    // Reopened, the dialog shows the stored choice.
    await open();
    expect([switchOf('metrika').checked, switchOf('clarity').checked]).to.deep.equal([true, false]);
    expect(switchOf('performance').getAttribute('aria-checked')).to.equal('mixed');
  });

  it('turns the category off with its last service, and on with any of them', async () => {
    await open();
    await click('metrika');
    expect(switchOf('performance').checked).to.equal(true);
    expect(switchOf('clarity').checked).to.equal(false);
    await click('metrika');
    expect(switchOf('performance').checked).to.equal(false);
    expect(switchOf('performance').indeterminate).to.equal(false);
  });

  it('accept({services}) grants the services named and refuses the rest of their category', () => {
    accept({services: ['clarity']});
    expect([allowed('performance'), isAllowed('clarity'), isAllowed('metrika'), allowed('functional')]).to.deep.equal([
      true,
      true,
      false,
      false,
    ]);
    accept({categories: ['performance'], services: ['clarity']});
    expect(isAllowed('metrika')).to.equal(true);
    accept(['functional']);
    expect([isAllowed('clarity'), allowed('functional')]).to.deep.equal([false, true]);
  });

  it('refuses unknown or partial service ids with one error, changing nothing', () => {
    accept({services: ['metrika']});
    for (const wrong of [
      {services: ['metrik']},
      {services: ['Metrika']},
      {service: ['metrika']},
      {},
      {services: 'metrika'},
    ]) {
      const {value, errors} = withErrors(() => accept(wrong as never));
      expect(value, JSON.stringify(wrong)).to.equal(undefined);
      expect(errors, JSON.stringify(wrong)).to.have.length(1);
    }
    expect(isAllowed('metrika')).to.equal(true);
    const {value, errors} = withErrors(() => isAllowed('metri'));
    expect(value).to.equal(false);
    expect(errors).to.have.length(1);
  });

  it("a placeholder's Allow keeps other refusals and lifts only its own service's", () => {
    accept({services: ['metrika']});
    currentRuntime()!.allow(['functional']);
    expect([allowed('functional'), isAllowed('clarity')]).to.deep.equal([true, false]);
    currentRuntime()!.allow(['performance'], 'clarity');
    expect([isAllowed('clarity'), isAllowed('metrika')]).to.deep.equal([true, true]);
  });
});
