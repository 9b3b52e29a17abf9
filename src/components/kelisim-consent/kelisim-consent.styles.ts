import {css} from 'lit';
import {shared} from '../shared.styles.js';

export const styles = [
  shared,
  css`
    /* The banner and the dialog: one box. The dialog's own rules come with it (preferences.ts). */
    [part~='banner'],
    [part~='dialog'] {
      box-sizing: border-box;
      max-height: calc(100vh - 2rem);
      padding: var(--_space);
      background: var(--_bg);
      color: var(--_fg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    [part~='banner'] {
      position: fixed;
      inset: auto 1rem 1rem;
      z-index: var(--kelisim-z-index, 2147483000);
      max-width: var(--_max-width);
      margin: 0 auto;
      overflow: auto;
      box-shadow: var(--kelisim-shadow, 0 0.5rem 2rem rgb(0 0 0 / 0.2));
      animation: kelisim-in 0.2s ease-out;
    }
    :host([position='top']) [part~='banner'] {
      inset: 1rem 1rem auto;
    }
    :host([position='center']) [part~='banner'] {
      inset: 0;
      height: fit-content;
      margin: auto;
    }
    :host([position='bottom-left']) [part~='banner'] {
      inset: auto auto 1rem 1rem;
      max-width: min(24rem, calc(100vw - 2rem));
    }
    :host([position='bottom-right']) [part~='banner'] {
      inset: auto 1rem 1rem auto;
      max-width: min(24rem, calc(100vw - 2rem));
    }
    dialog[part~='banner']::backdrop,
    [part~='dialog']::backdrop {
      background: var(--kelisim-backdrop, rgb(0 0 0 / 0.5));
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.125em;
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
    /* The language switch and the dialog's close button: quiet buttons, large enough to tap. */
    [part~='language-button'],
    [part~='close-button'] {
      min-width: 2.75rem;
      min-height: 2.75rem;
      border-radius: calc(var(--_radius) / 2);
      background: none;
      color: var(--_fg);
      cursor: pointer;
    }
    [part~='language-button'] {
      padding: 0 0.75rem;
      border: 1px solid transparent;
      font: inherit;
      font-size: 0.875em;
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
    [part~='settings-button'],
    [part~='save-button'] {
      background: var(--_bg);
      color: var(--_accent);
    }
    /* A slide, not a fade: the banner is readable from its first frame. */
    @keyframes kelisim-in {
      from {
        transform: translateY(0.75rem);
      }
    }
  `,
];
