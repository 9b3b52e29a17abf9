// npm run test:examples [--built] [name…]: packs Kelisim as users get it (npm pack; --built packs
// the dist/ that `npm test` has just built instead of building again), then for each example
// app in turn: installs it from its lockfile, type-checks it, builds it for production and runs
// the page tests (test/examples/app.spec.ts) on that build. One at a time, to spare the CPU;
// every install draws on npm's one cache, so each package is downloaded once.
// Astro 6 and later need Node 22.12+: the Astro app has the `node` package (Node 22 from npm)
// among its devDependencies, so its scripts run on that Node where the machine's is older.
// The apps hold Vite at 8.3: 8.4 lists an optional dependency the registry does not serve, and
// npm ci then finds the lockfile out of step with package.json.
import {execFileSync} from 'node:child_process';
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

export const EXAMPLES = ['react', 'next', 'vue', 'angular', 'sveltekit', 'astro'];
const root = join(import.meta.dirname, '..');
const run = (command, args, cwd = root, env = {}) =>
  execFileSync(command, args, {cwd, stdio: 'inherit', env: {...process.env, ...env}});

/** The lockfiles name the tarball without its hash, which changes with every build of Kelisim. */
function forgetTarballIntegrity(example) {
  const file = join(root, 'examples', example, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  if (!lock.packages['node_modules/kelisim']?.integrity) return;
  delete lock.packages['node_modules/kelisim'].integrity;
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}

export function pack({built = false} = {}) {
  if (!built) run('npm', ['run', 'build']);
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', 'examples'], {cwd: root}).toString()
  );
  renameSync(join(root, 'examples', filename), join(root, 'examples/kelisim.tgz'));
}

export function install(example) {
  forgetTarballIntegrity(example);
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], join(root, 'examples', example));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => arg !== '--built');
  const chosen = names.length ? names : EXAMPLES;
  pack({built: args.includes('--built')});
  const failed = [];
  for (const example of chosen) {
    const cwd = join(root, 'examples', example);
    // On CI an app that fails is tried once more, to tell a flaky run on a loaded machine from a real failure.
    const attempts = process.env.CI ? 2 : 1;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        install(example);
        run('npm', ['run', 'typecheck'], cwd);
        run('npm', ['run', 'build'], cwd);
        run('npx', ['playwright', 'test', '-c', 'playwright.examples.config.ts'], root, {KELISIM_EXAMPLE: example});
        break;
      } catch {
        console.log(`${example}: failed (attempt ${attempt} of ${attempts})`);
        if (attempt === attempts) failed.push(example);
      }
    }
  }
  console.log(failed.length ? `Examples failing: ${failed.join(', ')}` : `Examples passing: ${chosen.join(', ')}`);
  process.exitCode = failed.length ? 1 : 0;
}
