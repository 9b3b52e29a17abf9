import {css} from 'lit';

/** The dark palette, used by `theme="dark"` and by `theme="auto"` when the system is dark. */
const dark = css`
  --_bg: var(--kelisim-bg, #161b24);
  --_fg: var(--kelisim-fg, #eef1f6);
  --_muted: var(--kelisim-muted, #b9c1cf);
  --_accent: var(--kelisim-accent, #6fd0e6);
  --_accent-fg: var(--kelisim-accent-fg, #0b1217);
  --_border: var(--kelisim-border, #444d5e);
  --_focus: var(--kelisim-focus, #ffd166);
  color-scheme: dark;
`;

/**
 * What every Kelisim element shares. Public tokens (`--kelisim-*`) are read through fallbacks,
 * into private `--_*` variables where a theme or more than one rule needs them, so a site can
 * set them on `:root`, a wrapper or the element itself.
 */
export const shared = css`
  :host {
    --_bg: var(--kelisim-bg, #ffffff);
    --_fg: var(--kelisim-fg, #1d2330);
    --_muted: var(--kelisim-muted, #4a5265);
    --_accent: var(--kelisim-accent, #00677f);
    --_accent-fg: var(--kelisim-accent-fg, #ffffff);
    --_border: var(--kelisim-border, #c5cad6);
    --_focus: var(--kelisim-focus, #b3261e);
    --_radius: var(--kelisim-radius, 0.75rem);
    --_space: var(--kelisim-spacing, 1.25rem);
    --_max-width: var(--kelisim-max-width, 42rem);
    color-scheme: light;
    font-family: var(--kelisim-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--kelisim-font-size, 1rem);
    color: var(--_fg);
    line-height: 1.45;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
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
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
