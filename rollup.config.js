import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {readFileSync, readdirSync} from 'node:fs';
import {lazyIife} from './scripts/lazy-iife.mjs';
import {minifyTemplates} from './scripts/minify-templates.mjs';

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

const minify = {ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}};

/** Everything inside, minified: what script-tag sites load. */
const scriptTagPlugins = (last = terser(minify)) => [
  nodeResolve(),
  json({preferConst: true, compact: true}),
  minifyTemplates(),
  ts(),
  last,
];

export default [
  {
    // The all-in-one script-tag build: one classic script with Lit, js-cookie and every locale,
    // built as ES chunks and joined into one script whose `import()`s run their code lazily.
    input: {kelisim: 'src/cdn.ts'},
    output: {dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'lazy-[name]-[hash].js'},
    plugins: scriptTagPlugins(lazyIife({terser: {...minify, module: false}})),
  },
  {
    // The split script-tag build: a start-up module without Lit, and the UI as a chunk it
    // imports only when the banner, the dialog or a placeholder must show. The UI chunk keeps
    // one name, so a page can name it in a `<link rel="modulepreload">`.
    input: {kelisim: 'src/startup.ts'},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: (chunk) => (chunk.name === 'define' ? 'kelisim-ui.mjs' : 'kelisim-[name]-[hash].mjs'),
    },
    plugins: scriptTagPlugins(),
  },
  {
    // The single-page-app demo (demo/spa/), built like an app that imports Kelisim.
    input: 'demo/spa/main.ts',
    output: {file: 'dist/spa/main.js', format: 'es', inlineDynamicImports: true},
    plugins: [nodeResolve(), json({preferConst: true}), typescript({tsconfig: './tsconfig.demo.json'})],
  },
  {
    // The npm build: ES modules with lit and js-cookie left to the site's bundler.
    input: {index: 'src/index.ts', define: 'src/define.ts'},
    output: {dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name].js'},
    external: [/^lit(\/|$)/, 'js-cookie'],
    plugins: [json({preferConst: true}), ts(), copyLocales()],
  },
];
