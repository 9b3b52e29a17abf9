import json from '@rollup/plugin-json';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {readFileSync, readdirSync} from 'node:fs';

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

export default [
  {
    // The script-tag build: one classic script with Lit, js-cookie and every locale inside.
    input: 'src/cdn.ts',
    output: {file: 'dist/kelisim.js', format: 'iife'},
    plugins: [
      nodeResolve(),
      json({preferConst: true, compact: true}),
      ts(),
      terser({ecma: 2022, compress: {passes: 2}, format: {comments: false}}),
    ],
  },
  {
    // The npm build: ES modules with lit and js-cookie left to the site's bundler.
    input: {index: 'src/index.ts', define: 'src/define.ts'},
    output: {dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name].js'},
    external: [/^lit(\/|$)/, 'js-cookie'],
    plugins: [json({preferConst: true}), ts(), copyLocales()],
  },
];
