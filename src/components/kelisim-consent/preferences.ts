// The preferences dialog: a chunk of its own, so that a first visitor's banner does not wait for
// it. `<kelisim-consent>` loads it once the banner is up, ahead of a click on Settings.
import {css, html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {ChangeSource, ESSENTIAL} from '../../core/types.js';
import {categoryKeys} from '../../i18n/localize.js';
import type {ConsentUI, Runtime} from '../../runtime.js';
import {readServices} from '../../site-config.js';
import type {Service, SiteText} from '../../site-config.js';

/** What the dialog needs of `<kelisim-consent>`. */
export interface DialogHost extends ConsentUI {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** One opening of the dialog, as `<kelisim-consent>` renders and drives it. */
export interface Preferences {
  open(): void;
  close(): void;
  /** The dialog, with the banner's language switch and Accept all / Reject all buttons. */
  render(languages: TemplateResult, decisionButtons: TemplateResult): TemplateResult;
}

/**
 * The dialog for one opening: its switches start from the stored choice (even an outdated one)
 * and hold the visitor's changes until Save.
 */
export function preferences(host: DialogHost, runtime: Runtime): Preferences {
  const text: DialogHost['text'] = (key, values) => host.text(key, values);
  const categories = runtime.config.categories;
  const stored = runtime.manager.record?.granted ?? {};
  const choice: Record<string, boolean> = Object.fromEntries(categories.map((id) => [id, stored[id] === true]));
  const declared = readServices(host, categories);
  const refused = runtime.manager.refused();
  /** On or off per declared service. */
  const services: Record<string, boolean> = Object.fromEntries(
    declared.map(({id, category}) => [id, choice[category] && !refused.includes(id)])
  );
  const dialog = () => host.renderRoot.querySelector<HTMLDialogElement>('[part~="dialog"]');
  const close = () => dialog()?.close();

  /** A category switched on or off takes all of its services with it. */
  const switchCategory = (id: string, on: boolean) => {
    choice[id] = on;
    for (const service of declared) if (service.category === id) services[service.id] = on;
    host.requestUpdate();
  };

  /** The category is on while any of its services is. */
  const switchService = (service: Service, on: boolean) => {
    services[service.id] = on;
    choice[service.category] = declared.some((other) => other.category === service.category && services[other.id]);
    host.requestUpdate();
  };

  const save = () => {
    close();
    const off = declared.filter((service) => choice[service.category] && !services[service.id]);
    runtime.decide(
      choice,
      ChangeSource.SAVE,
      off.map((service) => service.id)
    );
  };

  const renderCategory = (id: string) => {
    const essential = id === ESSENTIAL;
    const [title, description] = categoryKeys(id);
    const own = declared.filter((service) => service.category === id);
    const on = essential || choice[id] === true;
    // "Some": the category is on with only some of its services.
    const mixed = on && own.some((service) => !services[service.id]);
    return html`<li part="category">
      <label part="category-label">
        <input
          part="switch"
          type="checkbox"
          role="switch"
          name=${id}
          aria-describedby="description-${id}"
          aria-checked=${mixed ? 'mixed' : nothing}
          .indeterminate=${mixed}
          .checked=${on}
          ?disabled=${essential}
          @change=${(event: Event) => switchCategory(id, (event.target as HTMLInputElement).checked)}
        />
        <span part="category-title">${text(title)}</span>
        ${essential ? html`<span part="always-active">${text('alwaysActive')}</span>` : nothing}
      </label>
      <p part="category-description" id="description-${id}">${text(description)}</p>
      ${
        own.length
          ? html`<ul part="services">
              ${own.map(renderService)}
            </ul>`
          : nothing
      }
    </li>`;
  };

  const renderService = (service: Service) => {
    const lang = host.language;
    const details = [
      siteText(service.purpose, lang),
      service.vendor && text('serviceVendor', {vendor: siteText(service.vendor, lang)}),
      service.cookies?.length && text('serviceCookies', {cookies: service.cookies.join(', ')}),
      service.retention && text('serviceRetention', {retention: siteText(service.retention, lang)}),
      service.abroad === undefined ? '' : text(service.abroad ? 'serviceAbroad' : 'serviceLocal'),
    ].filter(Boolean);
    return html`<li part="service">
      <label part="service-label">
        <input
          part="switch service-switch"
          type="checkbox"
          role="switch"
          name=${service.id}
          aria-describedby="service-${service.id}"
          .checked=${services[service.id] === true}
          @change=${(event: Event) => switchService(service, (event.target as HTMLInputElement).checked)}
        />
        <span part="service-title">${siteText(service.name, lang)}</span>
      </label>
      <p part="service-details" id="service-${service.id}">${details.join(' ')}</p>
    </li>`;
  };

  return {
    open: () => dialog()?.showModal(),
    close,
    render: (languages, decisionButtons) =>
      html`<dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text">
        <div part="dialog-header">
          <h2 id="dialog-title" part="dialog-title">${text('preferencesTitle')}</h2>
          <button part="close-button" aria-label=${text('close')} @click=${close}>×</button>
        </div>
        ${languages}
        <p id="dialog-text" part="dialog-text">${text('preferencesText')}</p>
        <ul part="categories">
          ${categories.map(renderCategory)}
        </ul>
        <div part="actions">
          ${decisionButtons}
          <button part="button save-button" @click=${save}>${text('save')}</button>
        </div>
      </dialog>`,
  };
}

/** A site text in `language`, else in the first language it was given in. */
function siteText(text: SiteText | undefined, language: string): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  return text[language] ?? Object.values(text)[0] ?? '';
}

/** The dialog's own rules, over the banner's (kelisim-consent.styles.ts). */
export const styles = css`
  [part~='dialog'] {
    width: min(var(--_max-width), calc(100vw - 2rem));
  }
  /* On a small screen the dialog scrolls; its buttons stay in sight. */
  [part~='dialog'] > [part~='actions'] {
    position: sticky;
    bottom: calc(-1 * var(--_space));
    margin-inline: calc(-1 * var(--_space));
    padding: 0.75rem var(--_space) var(--_space);
    background: var(--_bg);
    border-top: 1px solid var(--_border);
  }
  [part~='dialog-header'] {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1rem;
  }
  [part~='close-button'] {
    flex: none;
    border: 0;
    font-size: 1.5em;
    line-height: 1;
  }
  [part~='categories'],
  [part~='services'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='category'] {
    padding-block: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  [part~='services'] {
    padding-inline-start: 2.25rem;
  }
  [part~='category-label'],
  [part~='service-label'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='service-label'] {
    font-weight: 400;
  }
  [part~='category-description'],
  [part~='service-details'] {
    margin: 0.25rem 0 0;
    font-size: 0.9375em;
  }
  [part~='always-active'] {
    margin-inline-start: auto;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }
  [part~='switch'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
`;
