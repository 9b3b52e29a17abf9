import {expect} from 'chai';
import {onDemand} from '../../src/internal/on-demand.js';

describe('onDemand', () => {
  it('starts a bundled module at once, once, and runs each action with it', () => {
    const starts: string[] = [];
    const use = onDemand(
      () => 'module',
      (loaded) => (starts.push(loaded), {n: starts.length}),
      () => {}
    );
    const seen: number[] = [];
    use(({n}) => seen.push(n));
    use(({n}) => seen.push(n));
    expect(starts).to.deep.equal(['module']);
    expect(seen).to.deep.equal([1, 1]);
  });

  it('runs the actions asked for while a chunk is on its way in order, once it is there', async () => {
    let arrive!: (value: string) => void;
    const use = onDemand(
      () => new Promise<string>((resolve) => (arrive = resolve)),
      (loaded) => loaded.toUpperCase(),
      () => {}
    );
    const seen: string[] = [];
    use((value) => seen.push(`first ${value}`));
    use((value) => seen.push(`second ${value}`));
    expect(seen).to.deep.equal([]);
    arrive('chunk');
    await Promise.resolve();
    expect(seen).to.deep.equal(['first CHUNK', 'second CHUNK']);
  });

  it('reports a failed fetch, drops what waited and asks again on the next use', async () => {
    let attempts = 0;
    const problems: unknown[] = [];
    const use = onDemand(
      () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('chunk')),
      (loaded) => loaded,
      (problem) => problems.push(problem)
    );
    const seen: string[] = [];
    use((value) => seen.push(`dropped ${value}`));
    await new Promise((resolve) => setTimeout(resolve));
    expect(problems).to.have.length(1);
    use((value) => seen.push(`then ${value}`));
    await new Promise((resolve) => setTimeout(resolve));
    expect(attempts).to.equal(2);
    expect(seen).to.deep.equal(['then chunk']);
  });
});
