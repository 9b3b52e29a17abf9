// The README's framework quick starts are the example apps' own files: each
// `<!-- example react/src/App.tsx -->` line is followed by that file of examples/ in a fenced
// block. `node scripts/readme-examples.mjs` rewrites the blocks; a page test fails when they differ.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const root = join(import.meta.dirname, '..');
const block = /<!-- example (\S+) -->\n```(\w+)\n(?:[\s\S]*?\n)??```/g;

export const readme = () => readFileSync(join(root, 'README.md'), 'utf8');

export const readmeWithExamples = (text) =>
  text.replace(block, (_, file, language) => {
    const code = readFileSync(join(root, 'examples', file), 'utf8').trimEnd();
    return `<!-- example ${file} -->\n\`\`\`${language}\n${code}\n\`\`\``;
  });

if (import.meta.url === `file://${process.argv[1]}`)
  writeFileSync(join(root, 'README.md'), readmeWithExamples(readme()));
