// The architecture's one guarded boundary: the core never touches Lit, js-cookie or the DOM.
import {expect, test} from '@playwright/test';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

const coreDir = join(import.meta.dirname, '../../src/core');

test('src/core imports no lit or js-cookie and touches no DOM global', () => {
  for (const file of readdirSync(coreDir)) {
    const source = readFileSync(join(coreDir, file), 'utf8');
    expect(source, file).not.toMatch(/from '(lit|js-cookie)/);
    expect(source, file).not.toMatch(/\b(document|window|localStorage|navigator|location)\b/);
  }
});

test('the start-up path (runtime and gate) imports no lit', () => {
  const startup = ['runtime.ts', 'api.ts', 'site-config.ts', 'gating/script-gate.ts', 'storage/cookie-store.ts'];
  for (const file of startup) {
    expect(readFileSync(join(coreDir, '..', file), 'utf8'), file).not.toMatch(/from 'lit/);
  }
});
