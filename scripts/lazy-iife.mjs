// A rollup plugin for the all-in-one script: one classic script, yet the code behind each
// `import()` (the UI with Lit, the proof sender, …) is only parsed ahead, not run, until the
// import is first called. Rollup's own IIFE output runs every inlined module at start-up.
//
// The bundle is built as ES chunks; this plugin then joins them into one IIFE in which each
// dynamically imported chunk becomes a function, called once on its first `import()`.
import {minify} from 'terser';

const LOAD = '__kelisimLoad';
const RUN = '__kelisimRun';

/** `chunk`'s code without its import and export statements, and what they named. */
function parts(context, chunk) {
  const program = context.parse(chunk.code);
  const imports = [];
  const exports = [];
  const cuts = [];
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration') {
      for (const specifier of node.specifiers) {
        if (specifier.type !== 'ImportSpecifier') throw new Error(`${chunk.fileName}: unexpected ${specifier.type}`);
        imports.push({from: node.source.value, imported: specifier.imported.name, local: specifier.local.name});
      }
      cuts.push(node);
    } else if (node.type === 'ExportNamedDeclaration' && !node.declaration && !node.source) {
      for (const specifier of node.specifiers)
        exports.push({local: specifier.local.name, exported: specifier.exported.name});
      cuts.push(node);
    } else if (node.type.startsWith('Export')) {
      throw new Error(`${chunk.fileName}: unexpected ${node.type}`);
    }
  }
  let body = chunk.code;
  for (const node of cuts.reverse()) body = body.slice(0, node.start) + body.slice(node.end);
  // A copied `let` would not follow reassignments; rollup exports functions and constants here,
  // and a `var` assigned only where it is declared (a JSON module's data).
  for (const {local} of exports) {
    const assigned = body.match(new RegExp(`(?<![\\w$.])${local.replace(/\$/g, '\\$')}\\s*=(?!=)`, 'g'))?.length ?? 0;
    if (new RegExp(`^(let|var) ${local}\\b`, 'm').test(body) && assigned !== 1)
      throw new Error(`${chunk.fileName}: ${local} is a live binding`);
  }
  return {body, imports, exports};
}

export function lazyIife({terser: terserOptions}) {
  return {
    name: 'lazy-iife',
    renderDynamicImport: () => ({left: `${LOAD}(`, right: ')'}),
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      const main = parts(this, entry);
      const entryLocal = Object.fromEntries(main.exports.map(({local, exported}) => [exported, local]));
      const path = (chunk) => `./${chunk.fileName}`;
      const argument = ({from, imported}) =>
        from === path(entry) ? entryLocal[imported] : `${RUN}(${JSON.stringify(from)}).${imported}`;
      const lazy = chunks
        .filter((chunk) => chunk !== entry)
        .map((chunk) => {
          const {body, imports, exports} = parts(this, chunk);
          const result = `{${exports.map(({local, exported}) => `${exported}: ${local}`).join(', ')}}`;
          const run = `(function (${imports.map(({local}) => local).join(', ')}) {${body}\nreturn ${result};\n})(${imports.map(argument).join(', ')})`;
          return `${JSON.stringify(path(chunk))}: () => ${run}`;
        });
      const code = `(function () {
'use strict';
const ${RUN} = ((chunks, ran) => (path) => (ran[path] ??= chunks[path]()))({${lazy.join(',\n')}}, {});
// A task of its own: the start-up and the UI's first run do not add up to one long task.
const ${LOAD} = (path) => new Promise((resolve) => setTimeout(resolve)).then(() => ${RUN}(path));
${main.body}
})();`;
      const {code: minified} = await minify(code, terserOptions);
      for (const chunk of chunks) if (chunk !== entry) delete bundle[chunk.fileName];
      // The version banner, which the minifier drops with every other comment.
      entry.code = `${entry.code.match(/^\/\*![^]*?\*\/\n/)?.[0] ?? ''}${minified}`;
      entry.map = null;
    },
  };
}
