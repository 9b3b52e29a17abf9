import {LitElement, adoptStyles, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {ChangeSource, ConsentStatus, ESSENTIAL} from '../../core/types.js';
import {ADDED_TEXTS, LANGUAGES, addLanguage, languageOf, toLanguage} from '../../i18n/language.js';
import type {Language} from '../../i18n/language.js';
import {loadLocale} from '../../i18n/load-locale.js';
import {
  LANGUAGE_NAMES,
  addedTexts,
  categoryKeys,
  checkOverrides,
  createTranslator,
  format,
  listOf,
  messagesOf,
} from '../../i18n/localize.js';
import type {TextOverrides, Translate} from '../../i18n/localize.js';
import {defineOnce} from '../../internal/define-once.js';
import {warn} from '../../internal/warn.js';
import {runtimeFor} from '../../runtime.js';
import type {ConsentUI, Runtime} from '../../runtime.js';
import {readJsonConfig} from '../../site-config.js';
import {PLACEHOLDER_TAG} from '../../gating/selectors.js';
import {styles} from './kelisim-consent.styles.js';
import {loadPreferences} from './load-preferences.js';
import {loadPlaceholder} from '../kelisim-placeholder/load-placeholder.js';
import type {Preferences} from './preferences.js';

/**
 * Asks the visitor for cookie consent in Kazakh, Russian or English, keeps the choice in a
 * first-party cookie and releases the page's gated scripts of the granted categories.
 *
 * @summary The cookie-consent banner and preferences dialog.
 * @tag kelisim-consent
 *
 * @attr policy-url - Link to the site's privacy policy, shown in the banner (http, https or relative).
 * @attr revision - The policy revision; raising it asks every visitor again. Default 0.
 * @attr categories - The site's categories besides `essential`, space-separated. Default `performance functional`.
 * @attr cookie-name - Name of the consent cookie. Default `kelisim`.
 * @attr cookie-domain - Domain of the consent cookie, to share it across subdomains (`.orta.community`).
 * @attr expires-days - Days a choice holds, at most 400. Default 365.
 * @attr yandex-metrika - Yandex Metrika counter ids, space-separated, loaded once `performance` is granted.
 * @attr yandex-metrika-options - JSON options for `ym(id, 'init', …)`.
 * @attr google-analytics - Google tag ids (`G-…`), space-separated, loaded once `performance` is granted.
 * @attr yandex-metrika-src - Where Metrika's tag.js is loaded from, e.g. a first-party proxy. Default Yandex's host.
 * @attr google-analytics-src - Where gtag.js is loaded from, e.g. a first-party proxy. Default Google's host.
 * @attr google-consent-mode - Google Consent Mode v2: `basic` (the default with a Google tag), `advanced` or `off`.
 * @attr google-consent-options - JSON: Consent Mode `regions` defaults, `ads_data_redaction`, `url_passthrough`.
 * @attr google-ads - Google Ads tag ids (`AW-…`), under `marketing`; needs the vendor add-on.
 * @attr meta-pixel - Meta Pixel ids, under `marketing`; needs the vendor add-on.
 * @attr tiktok-pixel - TikTok Pixel ids, under `marketing`; needs the vendor add-on.
 * @attr vk-ads - VK Ads / Top.Mail.Ru counter ids, under `marketing`; needs the vendor add-on.
 * @attr microsoft-clarity - Microsoft Clarity project id, under `performance`; needs the vendor add-on.
 * @attr reload-on-withdraw - `false` to stay on the page after withdrawing a tag that has no opt-out. Default: reload once.
 * @attr spa - Send Metrika hits and GA page views on history navigation.
 * @attr consent-endpoint - Where each decision's proof of consent is posted as JSON.
 * @attr gpc - `reject`: a browser sending Global Privacy Control gets non-essential categories rejected, unasked.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the system.
 * @attr position - `bottom` (default), `top`, `center`, `bottom-left` or `bottom-right`.
 * @attr modal - Block the page until the visitor decides.
 *
 * @fires kelisim-ready - The stored choice was read; detail: `{status, granted, record}`.
 * @fires kelisim-change - The visitor or the page decided; detail: `{granted, changed, first, source, record}`.
 *
 * @slot - A `<script type="application/json">` child with the site's texts, `{"texts": {"ru": {…}}}`, and
 *   languages it adds, `{"languages": {"kk-Latn": {"$language": "Qazaqşa", …}}}`.
 *
 * @csspart banner - The banner region.
 * @csspart title - The banner's heading.
 * @csspart text - The banner's text.
 * @csspart policy-link - The link to the privacy policy.
 * @csspart languages - The language switch.
 * @csspart language-button - One language in the switch.
 * @csspart actions - A row of buttons.
 * @csspart button - Every action button.
 * @csspart accept-button - Accept all.
 * @csspart reject-button - Reject all.
 * @csspart settings-button - Opens the preferences dialog.
 * @csspart save-button - Saves the dialog's choice.
 * @csspart dialog - The preferences dialog.
 * @csspart dialog-header - The dialog's heading row.
 * @csspart dialog-title - The dialog's heading.
 * @csspart dialog-text - The dialog's text.
 * @csspart close-button - Closes the dialog.
 * @csspart categories - The list of categories.
 * @csspart category - One category.
 * @csspart category-label - A category's switch and title.
 * @csspart switch - A category's switch.
 * @csspart category-title - A category's title.
 * @csspart category-description - A category's description.
 * @csspart always-active - The "always active" note on `essential`.
 * @csspart services - The list of a category's services, when the site declares any.
 * @csspart service - One service.
 * @csspart service-label - A service's switch and name.
 * @csspart service-switch - A service's switch (also a `switch` part).
 * @csspart service-title - A service's name.
 * @csspart service-details - A service's vendor, purpose, cookies, retention and where its data goes.
 *
 * @cssprop --kelisim-bg - Background of the banner and dialog.
 * @cssprop --kelisim-fg - Text colour.
 * @cssprop --kelisim-muted - Colour of secondary text.
 * @cssprop --kelisim-accent - Buttons, links and switches.
 * @cssprop --kelisim-accent-fg - Text on accent-coloured buttons.
 * @cssprop --kelisim-border - Borders and separators.
 * @cssprop --kelisim-focus - The focus ring.
 * @cssprop --kelisim-radius - Corner radius.
 * @cssprop --kelisim-font - Font family.
 * @cssprop --kelisim-font-size - Base font size.
 * @cssprop --kelisim-spacing - Padding of the banner and dialog.
 * @cssprop --kelisim-shadow - Shadow of the banner.
 * @cssprop --kelisim-backdrop - What covers the page behind a modal.
 * @cssprop --kelisim-max-width - Widest the banner and dialog get.
 * @cssprop --kelisim-z-index - Stacking order of the banner.
 */
export class KelisimConsent extends LitElement implements ConsentUI {
  static override styles = styles;

  static override properties = {
    lang: {reflect: true},
    theme: {reflect: true},
    position: {reflect: true},
    modal: {type: Boolean, reflect: true},
    texts: {attribute: false},
    _bannerOpen: {state: true, attribute: false},
  };

  /** The banner's language (`kk`, `ru`, `en` or one the site added); left empty, the page's, then the browser's, then Kazakh. */
  declare lang: string;

  /** `light` (the default), `dark`, or `auto` to follow the system's colour scheme. */
  declare theme: string | undefined;

  /** Where the banner sits: `bottom` (the default), `top`, `center`, `bottom-left` or `bottom-right`. */
  declare position: string | undefined;

  /** Blocks the page until the visitor decides, for sites that must. */
  declare modal: boolean;

  /** The site's own texts per language, over those of the JSON child: `{ru: {bannerTitle: '…'}}`. */
  declare texts: TextOverrides | undefined;

  declare private _bannerOpen: boolean;
  /** The dialog, rendered only once it has been opened. */
  #preferences?: Preferences;

  #runtime?: Runtime;
  #translate: Translate = createTranslator({}, warn);
  /** The JSON child's texts, as #readJson found them. */
  #jsonTexts: unknown;
  /** Set when the site's texts must be read again: on connecting, and once the JSON child is parsed. */
  #textsStale = true;

  constructor() {
    super();
    this._bannerOpen = false;
    this.modal = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connect();
    // The parser connects the element before its JSON child exists; read the texts again once it does.
    if (document.readyState === 'loading' && !this.querySelector(':scope > script[type="application/json"]')) {
      document.addEventListener('DOMContentLoaded', this.#childParsed, {once: true});
    }
  }

  /** Reads the texts again once the JSON child exists. */
  #childParsed = () => {
    this.#readJson();
    this.requestUpdate();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.#childParsed);
    // A framework may add the new element before it removes the old one: the new one takes over now.
    for (const other of document.querySelectorAll('kelisim-consent')) {
      if (#runtime in other && !other.#runtime) other.#connect();
    }
  }

  /** Serves the page's runtime, unless another element already does. */
  #connect(): void {
    this.#runtime = runtimeFor(this);
    this.#readJson();
    this.requestUpdate();
    this.refresh();
    this.#runtime?.attach(this);
  }

  /** The language shown now. */
  get language(): Language {
    // The property, not the attribute: Lit reflects it only after rendering.
    return languageOf(this, this.lang);
  }

  /** A text in the current language, the site's own if it gave one, with `{placeholders}` filled. */
  text(key: string, values: Record<string, string> = {}): string {
    return format(this.#translate(this.language, key), values);
  }

  /** Shows the banner while the visitor has no current choice. */
  refresh(): void {
    const status = this.#runtime?.manager.status;
    this._bannerOpen = status !== undefined && status !== ConsentStatus.CURRENT;
  }

  /** Opens the preferences dialog with the stored choice (even an outdated one) pre-selected. */
  showPreferences(): void {
    const runtime = this.#runtime;
    if (!runtime) return;
    loadPreferences()
      .then(({preferences, styles: dialogStyles}) => {
        // The dialog's rules join the banner's in this element's shadow root on its first opening.
        if (!this.#preferences)
          adoptStyles(this.renderRoot as ShadowRoot, [...KelisimConsent.elementStyles, dialogStyles]);
        this.#preferences = preferences(this, runtime);
        this.requestUpdate();
        return this.updateComplete;
      })
      .then(() => this.#preferences?.open())
      .catch((problem: unknown) => warn(`The preferences dialog could not be loaded: ${problem}`));
  }

  /**
   * Defines `<kelisim-placeholder>` (a chunk of its own) once the embed gate has a blocked embed.
   * @internal
   */
  showPlaceholders(): void {
    // Once for the page: every blocked embed asks, and a failure is reported once.
    placeholders ??= loadPlaceholder().then(
      ({KelisimPlaceholder}) => defineOnce(PLACEHOLDER_TAG, KelisimPlaceholder),
      (problem: unknown) => warn(`The placeholders of blocked embeds could not be loaded: ${problem}`)
    );
  }

  /**
   * Renders only once the language's texts are here (they are fetched on first use). The first
   * render also waits for a task of its own: defining the elements and drawing the banner in
   * one task made a long task on a slow phone (over 50 ms at 4× CPU).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const first = this.hasUpdated || new Promise((resolve) => setTimeout(resolve));
    return Promise.all([first, loadLocale(this.language)]).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#textsStale || changed.has('texts')) this.#loadTexts();
    if (changed.has('theme')) this.theme = oneOf('theme', this.theme, THEMES);
    if (changed.has('position')) this.position = oneOf('position', this.position, POSITIONS);
    // A language it does not speak: the page's, then the browser's, shows instead.
    if (changed.has('lang') && this.lang && !toLanguage(this.lang))
      warn(`lang="${this.lang}" is not one of ${LANGUAGES.join(', ')}; using ${this.language}.`);
  }

  protected override updated(changed: PropertyValues): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('[part~="banner"]');
    if (banner instanceof HTMLDialogElement && !banner.open) banner.showModal();
    // Once the banner is up, the dialog is fetched ahead of a click on Settings (which reports a failure).
    if (banner && changed.has('_bannerOpen')) setTimeout(() => void loadPreferences().catch(() => {}));
    // Placeholders of blocked embeds speak the banner's language.
    if (changed.has('lang')) this.#updatePlaceholders();
  }

  #updatePlaceholders(): void {
    // Undefined ones (their chunk is on its way) render with the texts of now once defined.
    for (const placeholder of document.querySelectorAll<LitElement>(`${PLACEHOLDER_TAG}:defined`))
      placeholder.requestUpdate();
  }

  protected override render() {
    // Without any texts (English's fetch failed too) nothing is shown, and nothing is granted.
    if (!this.#runtime || !messagesOf(this.language, warn)) return nothing;
    return html`${this._bannerOpen ? this.#renderBanner() : nothing}${
      this.#preferences?.render(this.#renderLanguages(), this.#renderDecisionButtons()) ?? nothing
    }`;
  }

  /**
   * Reads the JSON child once: its languages are added now, before a render picks one; its texts
   * wait for #loadTexts, which checks them once a locale is here.
   */
  #readJson(): void {
    const {texts, languages} = readJsonConfig(this);
    this.#jsonTexts = texts;
    this.#textsStale = true;
    for (const [tag, own] of Object.entries(languages && typeof languages === 'object' ? languages : {})) {
      if (!(tag in ADDED_TEXTS)) addLanguage(tag, own);
    }
  }

  /**
   * The site's texts: the JSON child's, then the `texts` property's over them. Read before a
   * render, once a shipped locale is here to check their keys against.
   */
  #loadTexts(): void {
    this.#textsStale = false;
    const categories = this.#runtime?.config.categories ?? [];
    // The keys each added language lacks are reported now, not when a visitor picks it.
    for (const tag of Object.keys(ADDED_TEXTS)) addedTexts(tag, warn);
    const fromJson = checkOverrides(this.#jsonTexts, categories, warn);
    const own = mergeTexts(fromJson, checkOverrides(this.texts, categories, warn));
    this.#translate = createTranslator(own, warn);
    // A placeholder drawn before then showed the keys of the site's own categories.
    this.#updatePlaceholders();
  }

  /** A labelled region that leaves the page usable; with `modal`, a modal dialog Escape cannot close. */
  #renderBanner() {
    const content = this.#renderBannerContent();
    return this.modal
      ? html`<dialog part="banner" aria-labelledby="banner-title" @cancel=${(e: Event) => e.preventDefault()}>
          ${content}
        </dialog>`
      : html`<section part="banner" aria-labelledby="banner-title">${content}</section>`;
  }

  /** The site's categories but `essential`, as a phrase inside the banner's sentence. */
  #otherCategories(): string {
    const titles = this.#runtime!.config.categories.filter((id) => id !== ESSENTIAL).map((id) => {
      const title = this.text(categoryKeys(id)[0]);
      return title.charAt(0).toLocaleLowerCase(this.language) + title.slice(1);
    });
    return listOf(titles, this.text('listAnd'));
  }

  #renderBannerContent() {
    const policyUrl = this.#runtime!.config.policyUrl;
    return html`${this.#renderLanguages()}
      <h2 id="banner-title" part="title">${this.text('bannerTitle')}</h2>
      <p part="text">
        ${this.text('bannerText', {categories: this.#otherCategories()})}
        ${policyUrl ? html`<a part="policy-link" href=${policyUrl}>${this.text('policyLink')}</a>` : nothing}
      </p>
      <div part="actions">
        ${this.#renderDecisionButtons()}
        <button part="button settings-button" @click=${this.showPreferences}>${this.text('settings')}</button>
      </div>`;
  }

  /** Accept all and Reject all: the same element, size and style, side by side. */
  #renderDecisionButtons() {
    return html`<button part="button accept-button" @click=${() => this.#decideAll(true)}>
        ${this.text('acceptAll')}
      </button>
      <button part="button reject-button" @click=${() => this.#decideAll(false)}>${this.text('rejectAll')}</button>`;
  }

  #renderLanguages() {
    return html`<div part="languages" role="group" aria-label=${this.text('languageLabel')}>
      ${LANGUAGES.map(
        (language) =>
          html`<button
            part="language-button"
            lang=${language}
            aria-pressed=${language === this.language}
            @click=${() => (this.lang = language)}
          >
            ${LANGUAGE_NAMES[language] ?? addedTexts(language, warn).$language}
          </button>`
      )}
    </div>`;
  }

  #decideAll(granted: boolean): void {
    this.#preferences?.close();
    this.#runtime!.decideAll(granted, granted ? ChangeSource.ACCEPT_ALL : ChangeSource.REJECT_ALL);
  }
}

/** The definition of `<kelisim-placeholder>`, once asked for. */
let placeholders: Promise<void> | undefined;

const THEMES = ['light', 'dark', 'auto'];
const POSITIONS = ['bottom', 'top', 'center', 'bottom-left', 'bottom-right'];

/** The value if it is one of `allowed` (or unset); else a warning and unset, so the default applies. */
function oneOf(name: string, value: string | undefined, allowed: string[]): string | undefined {
  if (value === undefined || value === null || allowed.includes(value)) return value ?? undefined;
  warn(`${name}="${value}" is not one of ${allowed.join(', ')}; using ${allowed[0]}.`);
  return undefined;
}

function mergeTexts(base: TextOverrides, over: TextOverrides): TextOverrides {
  const merged: TextOverrides = {...base};
  for (const [language, texts] of Object.entries(over)) merged[language] = {...base[language], ...texts};
  return merged;
}

declare global {
  interface HTMLElementTagNameMap {
    'kelisim-consent': KelisimConsent;
  }
}
