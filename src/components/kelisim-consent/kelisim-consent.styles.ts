import {css} from 'lit';
import {shared} from '../shared.styles.js';

export const styles = [
  shared,
  css`
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
  [part~='settings-button'],
  [part~='save-button'] {
    background: var(--_bg);
    color: var(--_accent);
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
`,
];
