import {LitElement, css, html, nothing} from 'lit';
import {loadLocale} from '../../i18n/load-locale.js';
import {categoryKeys, listOf} from '../../i18n/localize.js';
import {currentRuntime} from '../../runtime.js';
import {shared} from '../shared.styles.js';

/**
 * Stands in for a blocked iframe: says which service it is and which category it needs, and
 * offers to allow that category, or to load this one embed once. Kelisim inserts it; sites do not write it themselves.
 *
 * @summary The placeholder of a gated embed.
 * @tag kelisim-placeholder
 *
 * @attr category - The categories the embed needs, space-separated.
 * @attr service - The service's name, from `data-service` or the embed's host.
 * @attr width - The embed's width attribute, kept for its aspect ratio.
 * @attr height - The embed's height attribute, kept for its aspect ratio.
 *
 * @csspart placeholder - The box.
 * @csspart placeholder-text - What is blocked and why.
 * @csspart actions - The row of buttons.
 * @csspart button - Both buttons.
 * @csspart allow-button - Allows the category and shows the embed.
 * @csspart once-button - Shows the embed for this page view only, granting nothing.
 */
export class KelisimPlaceholder extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
        max-width: 100%;
      }
      [part~='placeholder'] {
        box-sizing: border-box;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 0.75rem;
        height: 100%;
        min-height: 10rem;
        padding: 1rem;
        background: var(--_bg);
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        text-align: center;
        overflow-wrap: anywhere;
      }
      p {
        margin: 0;
      }
      [part~='actions'] {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: 0.5rem;
      }
    `,
  ];

  static override properties = {
    category: {},
    service: {},
    width: {},
    height: {},
  };

  /** The categories the embed needs, space-separated. */
  declare category: string;
  /** The service's name. */
  declare service: string;
  declare width: string | undefined;
  declare height: string | undefined;

  constructor() {
    super();
    this.category = '';
    this.service = '';
  }

  #size = new CSSStyleSheet();

  /** Renders only once the banner's language has its texts (they are fetched on first use). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = currentRuntime()?.ui?.language;
    return (language && loadLocale(language)?.then(() => super.scheduleUpdate())) || super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    this.shadowRoot!.adoptedStyleSheets = [...this.shadowRoot!.adoptedStyleSheets, this.#size];
  }

  protected override updated(): void {
    // Keep the embed's shape, in a constructed stylesheet: no style attribute for a strict CSP to refuse.
    const [width, height] = [Number(this.width), Number(this.height)];
    const valid = Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0;
    this.#size.replaceSync(valid ? `:host { width: ${width}px; aspect-ratio: ${width} / ${height}; }` : '');
  }

  protected override render() {
    const runtime = currentRuntime();
    const ui = runtime?.ui;
    if (!runtime || !ui) return nothing;
    const categories = this.category.split(/\s+/).filter(Boolean);
    const names = listOf(
      categories.map((id) => ui.text(categoryKeys(id)[0])),
      ui.text('listAnd')
    );
    // A service Kelisim could not name gets the generic sentence rather than an empty gap.
    const text = this.service.trim() ? 'embedBlocked' : 'embedBlockedUnnamed';
    return html`<div part="placeholder" lang=${ui.language}>
      <p part="placeholder-text">${ui.text(text, {service: this.service, category: names})}</p>
      <div part="actions">
        <button part="button allow-button" @click=${() => runtime.allow(categories, this.service)}>
          ${ui.text('embedAllow')}
        </button>
        <button part="button once-button" @click=${() => runtime.loadOnce(this)}>${ui.text('embedLoadOnce')}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kelisim-placeholder': KelisimPlaceholder;
  }
}
