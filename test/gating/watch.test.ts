import {expect} from 'chai';
import {watchAdded} from '../../src/gating/watch.js';

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('watchAdded', () => {
  it('calls back when a matching node is added, alone or inside another', async () => {
    let calls = 0;
    const stop = watchAdded(document.body, 'script[type="text/plain"][data-category]', () => calls++);
    const gated = Object.assign(document.createElement('script'), {type: 'text/plain'});
    gated.dataset.category = 'performance';
    document.body.append(gated);
    await tick();
    const wrapper = document.createElement('div');
    wrapper.append(gated.cloneNode());
    document.body.append(wrapper);
    await tick();
    expect(calls).to.equal(2);

    document.body.append(document.createElement('p'));
    await tick();
    expect(calls).to.equal(2);

    stop();
    document.body.append(gated.cloneNode());
    await tick();
    expect(calls).to.equal(2);
    gated.remove();
    wrapper.remove();
  });
});
