// Kazakh and Russian texts are fetched only when shown: the split build's UI chunk carries
// English alone (every language falls back on it), and a visitor reads one language.
import type {Messages} from './localize.js';
import {warn} from '../internal/warn.js';

const LOADERS: Record<string, () => Promise<{default: Messages}>> = {
  kk: () => import('../../locales/kk.json'),
  ru: () => import('../../locales/ru.json'),
};

/** The fetched locales, by language. */
export const LOADED: Record<string, Messages> = {};
const loading: Record<string, Promise<void>> = {};

/**
 * Starts fetching a shipped language's texts unless they are here already; the promise settles
 * once they are (English stands in if the fetch fails). Undefined when there is nothing to wait for.
 */
export function loadLocale(language: string): Promise<void> | undefined {
  if (!Object.hasOwn(LOADERS, language) || LOADED[language]) return undefined;
  return (loading[language] ??= LOADERS[language]().then(
    ({default: texts}) => void (LOADED[language] = texts),
    (problem: unknown) => warn(`The "${language}" texts could not be loaded; English is shown: ${problem}`)
  ));
}
