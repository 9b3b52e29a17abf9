// ESLint: typescript-eslint (type-aware where a tsconfig covers the file), Lit's template rules,
// web-component rules and lit-a11y's accessibility rules for templates. Formatting is Prettier's
// job (.prettierrc.json), so no stylistic rule here.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Files the type-aware rules can check: those tsconfig.test.json includes. */
const TYPED = ['src/**/*.ts', 'test/**/*.ts', 'demo/spa/**/*.ts', 'playwright.config.ts'];

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    'examples/*/build/',
    'examples/*/.angular/',
    'examples/*/.next/',
    'examples/*/.svelte-kit/',
    'examples/*/.astro/',
    'examples/*/next-env.d.ts',
    'test-results/',
    'playwright-report/',
    'custom-elements.json',
    'docs/screenshots/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: TYPED,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {parserOptions: {project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname}},
    rules: {
      // Its only hits were `${error}` of a caught value (typed unknown), which reads well in a warning.
      '@typescript-eslint/restrict-template-expressions': 'off',
      // Lit calls a template's event listeners with `this` set to the element, so `@click=${this.open}`
      // is right; the rule cannot know that.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests read JSON and page values (typed any) and use chai's property assertions (`.to.be.true`).
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // The WebDriver page adapter implements Playwright's async API, some of it synchronously.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
  {
    // Configs read the browser finder's plain JavaScript; the adapter parses NUL-separated output.
    files: ['playwright.config.ts', 'test/e2e/webdriver/**'],
    rules: {'@typescript-eslint/no-unsafe-assignment': 'off', 'no-control-regex': 'off'},
  },
  {
    // Browser code: the library, its tests (page tests pass functions to the page), the demo, the
    // benchmark's page side.
    files: ['src/**', 'test/**', 'demo/**', 'bench/fake/**', 'bench/run.mjs', 'server/test/**'],
    languageOptions: {globals: globals.browser},
  },
  {
    // The demo's own script uses the page's `window.Kelisim`, as a site would.
    files: ['demo/**/*.js'],
    languageOptions: {globals: {Kelisim: 'readonly'}},
  },
  {
    // Node code: tools, configs, the page tests' side of Playwright, the benchmark, the server.
    files: ['scripts/**', 'bench/**', '*.js', '*.ts', 'test/e2e/**', 'test/examples/**', 'test/*.js', 'server/**'],
    ignores: ['bench/fake/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['src/components/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/components/**/*.ts'],
    plugins: {'lit-a11y': litA11y},
    rules: {
      ...litA11y.configs.recommended.rules,
      // It wants aria-checked on `<input type="checkbox" role="switch">`, whose native checked state
      // already gives it; axe-core checks the rendered ARIA in test/e2e/accessibility.spec.ts.
      'lit-a11y/role-has-required-aria-attrs': 'off',
    },
  },
  {
    rules: {
      // `_` marks a parameter a callback's signature forces on us.
      // `const {drop, ...rest} = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true},
      ],
    },
  }
);
