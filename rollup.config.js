import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {lazyIife} from './scripts/lazy-iife.mjs';
import {minifyTemplates} from './scripts/minify-templates.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/** The version at the top of every built file; added after terser, which drops comments. */
const banner = () => ({name: 'banner', renderChunk: (code) => `/*! kelisim v${version} | MIT */\n${code}`});

/** The development build: src/internal/dev-mode.ts becomes `DEV = true`, which turns the checks of src/dev-checks.ts on. */
const devMode = () => ({
  name: 'dev-mode',
  resolveId: (source) => (source.endsWith('/dev-mode.js') ? '\0dev-mode' : null),
  load: (id) => (id === '\0dev-mode' ? 'export const DEV = true;' : null),
});

/**
 * One build's own version of a source module: the all-in-one script carries every language and
 * the preferences dialog, so they are not fetched one by one (load-locale.ts,
 * load-preferences.ts); the split build fetches the vendor
 * integrations and the embed gate only when a page needs them (bundled-modules.ts).
 */
const swap = (file, replacement) => ({
  name: `swap-${file}`,
  resolveId: (source, importer) =>
    source.endsWith(`/${file}`) ? resolve(dirname(importer), source.replace(file, replacement)) : null,
});

// Declarations are written by `tsc` (see the build script); rollup only transpiles.
const ts = () => typescript({tsconfig: './tsconfig.json', declaration: false, outDir: undefined, noEmit: false});

/** Ships locales/*.json beside the build, where the emitted declarations import them from. */
const copyLocales = () => ({
  name: 'copy-locales',
  generateBundle() {
    for (const file of readdirSync('locales')) {
      this.emitFile({type: 'asset', fileName: `locales/${file}`, source: readFileSync(`locales/${file}`)});
    }
  },
});

/**
 * The split build's chunk names: fixed, like the entry's, so a page can name the UI chunk and its
 * language's texts in a `<link rel="modulepreload">`. No content hash: `kelisim.mjs` itself has
 * none, so a site serves each version under its own path, and a hash only made the sizes move at
 * random (by up to 29 B brotli in the start-up module, which names the chunks).
 */
function splitChunkName({name}) {
  if (name === 'define') return 'kelisim-ui.mjs';
  if (existsSync(`locales/${name}.json`)) return `kelisim-${name}.mjs`;
  return `kelisim-${name.replace(/^kelisim-/, '')}.mjs`;
}

const minify = {ecma: 2022, module: true, compress: {passes: 3}, format: {comments: false}};

/** Everything inside, minified: what script-tag sites load. */
const scriptTagPlugins = (last = terser(minify)) => [
  nodeResolve(),
  json({preferConst: true, compact: true, namedExports: false}),
  minifyTemplates(),
  ts(),
  last,
];

export default [
  {
    // The all-in-one script-tag build: one classic script with Lit, js-cookie and every locale,
    // built as ES chunks and joined into one script whose `import()`s run their code lazily. The
    // chunks never become files, so their names carry no hash: the script changes only with its code.
    input: {kelisim: 'src/cdn.ts'},
    output: {dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js'},
    plugins: [
      swap('load-locale.js', 'bundled-locales.ts'),
      swap('load-preferences.js', 'bundled-preferences.ts'),
      swap('load-placeholder.js', 'bundled-placeholder.ts'),
      ...scriptTagPlugins(lazyIife({terser: {...minify, module: false}})),
    ],
  },
  {
    // The vendor add-on for script-tag sites: the adapters that do not ship inside kelisim.js.
    input: 'src/vendors-addon.ts',
    output: {file: 'dist/kelisim-vendors.js', format: 'iife'},
    plugins: scriptTagPlugins(),
  },
  {
    // The split script-tag build: a start-up module without Lit, and the UI as a chunk it
    // imports only when the banner, the dialog or a placeholder must show.
    input: {kelisim: 'src/startup.ts'},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: splitChunkName,
    },
    plugins: [swap('bundled-modules.js', 'fetched-modules.ts'), ...scriptTagPlugins()],
  },
  {
    // The single-page-app demo (demo/spa/), built like an app that imports Kelisim.
    input: 'demo/spa/main.ts',
    output: {file: 'dist/spa/main.js', format: 'es', inlineDynamicImports: true},
    plugins: [nodeResolve(), json({preferConst: true}), typescript({tsconfig: './tsconfig.demo.json'})],
  },
  {
    // The npm build: ES modules with lit and js-cookie left to the site's bundler.
    input: {index: 'src/index.ts', define: 'src/define.ts', vendors: 'src/vendors.ts'},
    output: {dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name].js'},
    external: [/^lit(\/|$)/, 'js-cookie'],
    plugins: [json({preferConst: true}), ts(), copyLocales()],
  },
  {
    // The development builds (the `development` export condition): unminified, with Lit's own
    // development build and Kelisim's warnings about the page's markup.
    input: {index: 'src/index.ts', define: 'src/define.ts'},
    output: {dir: 'dist/development', format: 'es', chunkFileNames: 'chunks/[name].js'},
    external: [/^lit(\/|$)/, 'js-cookie'],
    plugins: [devMode(), json({preferConst: true}), ts()],
  },
  {
    input: 'src/cdn.ts',
    output: {file: 'dist/development/kelisim.js', format: 'iife', inlineDynamicImports: true},
    plugins: [devMode(), nodeResolve({exportConditions: ['development']}), json({preferConst: true}), ts()],
  },
].map((config) => ({...config, plugins: [...config.plugins, banner()]}));
