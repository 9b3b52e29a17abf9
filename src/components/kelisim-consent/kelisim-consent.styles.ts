import {css} from 'lit';

/**
 * Public tokens (`--kelisim-*`) are read once into private `--_*` variables, so a site can set
 * them on `:root`, a wrapper or the element itself.
 */
export const styles = css`
  :host {
    --_bg: var(--kelisim-bg, #ffffff);
    --_fg: var(--kelisim-fg, #1d2330);
    --_muted: var(--kelisim-muted, #4a5265);
    --_accent: var(--kelisim-accent, #00677f);
    --_accent-fg: var(--kelisim-accent-fg, #ffffff);
    --_border: var(--kelisim-border, #c5cad6);
    --_radius: var(--kelisim-radius, 0.75rem);
    --_font: var(--kelisim-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_z: var(--kelisim-z-index, 2147483000);
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.45;
  }
  [part~='banner'] {
    position: fixed;
    inset: auto 1rem 1rem 1rem;
    z-index: var(--_z);
    box-sizing: border-box;
    max-width: 40rem;
    margin-inline: auto;
    max-height: calc(100vh - 2rem);
    overflow: auto;
    padding: 1.25rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.18);
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  p {
    margin: 0 0 1rem;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  [part~='languages'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  [part~='language-button'] {
    min-height: 2.75rem;
    padding: 0 0.75rem;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: var(--_fg);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  [part~='language-button'][aria-pressed='true'] {
    border-color: var(--_border);
    font-weight: 600;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='button'] {
    flex: 1 1 10rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent);
    color: var(--_accent-fg);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='settings-button'],
  [part~='save-button'] {
    background: var(--_bg);
    color: var(--_accent);
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='dialog'] {
    box-sizing: border-box;
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 1.25rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  [part~='dialog']::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  [part~='dialog-header'] {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1rem;
  }
  [part~='close-button'] {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 0;
    background: none;
    color: var(--_fg);
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
  }
  [part~='categories'] {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  [part~='category'] {
    padding-block: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  [part~='category-label'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='category-description'] {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
  }
  [part~='always-active'] {
    margin-inline-start: auto;
    font-size: 0.875rem;
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
  @media (prefers-reduced-motion: no-preference) {
    [part~='banner'] {
      animation: kelisim-in 0.2s ease-out;
    }
  }
  @keyframes kelisim-in {
    from {
      opacity: 0;
    }
  }
`;
