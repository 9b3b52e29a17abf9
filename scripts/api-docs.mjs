// The README's configuration reference, generated from custom-elements.json so it cannot drift.
// `node scripts/api-docs.mjs` rewrites README.md between the <!-- api --> markers;
// `apiReference()` gives the text, which a test compares with the README.
import {readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (header, rows) =>
  rows.length
    ? [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        '',
      ]
    : [];

export function apiReference() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  const lines = [];
  for (const element of elements) {
    const members = (element.members ?? []).filter(
      (member) => member.privacy !== 'private' && !member.name.startsWith('#') && !member.static
    );
    lines.push(`### \`<${element.tagName}>\``, '', element.summary ?? element.description ?? '', '');
    lines.push(
      ...table(
        ['attribute', 'description'],
        (element.attributes ?? []).map((a) => [`\`${a.name}\``, a.description])
      )
    );
    const properties = members.filter(
      (m) => m.kind === 'field' && !(element.attributes ?? []).some((a) => a.fieldName === m.name)
    );
    lines.push(
      ...table(
        ['property', 'description'],
        properties.map((p) => [`\`${p.name}\``, p.description])
      )
    );
    const methods = members.filter((m) => m.kind === 'method');
    lines.push(
      ...table(
        ['method', 'description'],
        methods.map((m) => [`\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\``, m.description])
      )
    );
    lines.push(
      ...table(
        ['event', 'description'],
        (element.events ?? []).map((e) => [`\`${e.name}\``, e.description])
      )
    );
    lines.push(
      ...table(
        ['CSS part', 'description'],
        (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])
      )
    );
    lines.push(
      ...table(
        ['CSS custom property', 'description'],
        (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description])
      )
    );
  }
  return lines.join('\n').trim();
}

const MARKERS = /<!-- api -->[\s\S]*<!-- \/api -->/;

export function readmeReference() {
  return readFileSync(join(root, 'README.md'), 'utf8')
    .match(MARKERS)?.[0]
    .replace(/<!-- \/?api -->/g, '')
    .trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  writeFileSync(readme, text.replace(MARKERS, `<!-- api -->\n${apiReference()}\n<!-- /api -->`));
  console.log('README.md reference updated from custom-elements.json');
}
