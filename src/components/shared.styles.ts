import {css} from 'lit';

/**
 * What every Kelisim element shares. Public tokens (`--kelisim-*`) are read once into private
 * `--_*` variables, so a site can set them on `:root`, a wrapper or the element itself.
 */
export const shared = css`
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
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
