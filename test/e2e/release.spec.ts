// Releases: each change records its note in .changeset/, `changeset version` turns the notes into
// a CHANGELOG.md section above the history, and every built file names its version.
import {expect, test} from '@playwright/test';
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const root = join(import.meta.dirname, '../..');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};

test('every built file starts with the version banner', () => {
  const built = readdirSync(join(root, 'dist'), {recursive: true, encoding: 'utf8'}).filter((file) =>
    /\.m?js$/.test(file)
  );
  expect(built).toEqual(expect.arrayContaining(['kelisim.js', 'kelisim.mjs', 'index.js', 'development/kelisim.js']));
  for (const file of built) {
    expect(readFileSync(join(root, 'dist', file), 'utf8').split('\n')[0], file).toBe(
      `/*! kelisim v${version} | MIT */`
    );
  }
});

test('each pending changeset names the package and a bump, and has a note', () => {
  const dir = join(root, '.changeset');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text, file).toMatch(/^---\n'kelisim': (patch|minor|major)\n---\n\n\S/);
  }
});

test('changeset version writes the notes above the history and bumps the version', () => {
  const copy = mkdtempSync(join(tmpdir(), 'kelisim-release-'));
  try {
    for (const path of ['package.json', 'CHANGELOG.md', '.changeset'])
      cpSync(join(root, path), join(copy, path), {recursive: true});
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    for (const file of readdirSync(join(copy, '.changeset')).filter(
      (name) => name.endsWith('.md') && name !== 'README.md'
    )) {
      rmSync(join(copy, '.changeset', file));
    }
    writeFileSync(
      join(copy, '.changeset/test-note.md'),
      "---\n'kelisim': patch\n---\n\nA fix the release test made up.\n"
    );
    execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
      cwd: copy,
      stdio: 'ignore',
    });

    const [major, minor, patch] = version.split('.').map(Number);
    const next = `${major}.${minor}.${patch + 1}`;
    expect(JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).version).toBe(next);
    const changelog = readFileSync(join(copy, 'CHANGELOG.md'), 'utf8');
    const history = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').replace(/^# Changelog\n\n/, '');
    expect(changelog).toBe(
      `# Changelog\n\n## ${next}\n\n### Patch Changes\n\n- A fix the release test made up.\n\n${history}`
    );
    expect(readdirSync(join(copy, '.changeset')).sort()).toEqual(['README.md', 'config.json']);
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
});
