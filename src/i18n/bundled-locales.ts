// The all-in-one script's stand-in for load-locale.ts (rollup.config.js swaps it in): every
// language ships inside that one script, so there is nothing to fetch or wait for.
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import type {Messages} from './localize.js';

export const LOADED: Record<string, Messages> = {en, kk, ru};

export const loadLocale = (_language: string): Promise<void> | undefined => undefined;
