import {expect} from 'chai';
import {ChangeSource} from '../../src/core/types.js';
import {proofOf} from '../../src/integrations/consent-proof.js';

describe('proofOf', () => {
  it('holds the id, revision, categories, language, source, time and page URL, and nothing else', () => {
    const record = {
      v: 1 as const,
      id: '0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b',
      revision: 2,
      granted: {essential: true, performance: false, functional: true},
      createdAt: 1,
      updatedAt: 2,
      lang: 'ru',
    };
    const change = {
      granted: ['essential', 'functional'],
      changed: ['functional'],
      first: false,
      source: ChangeSource.SAVE,
      record,
    };
    expect(proofOf(change, new Date(Date.UTC(2026, 10, 22, 5)), 'https://spark.kz/about')).to.deep.equal({
      schema: 1,
      id: '0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b',
      revision: 2,
      granted: ['essential', 'functional'],
      denied: ['performance'],
      language: 'ru',
      source: 'save',
      time: '2026-11-22T05:00:00.000Z',
      url: 'https://spark.kz/about',
    });
  });

  it('names the page by origin and path only: no query string, no fragment', () => {
    const record = {
      v: 1 as const,
      id: 'x',
      revision: 1,
      granted: {essential: true},
      createdAt: 1,
      updatedAt: 1,
      lang: 'kk',
    };
    const change = {granted: ['essential'], changed: [], first: true, source: ChangeSource.API, record};
    const url = 'https://spark.kz/reset?email=a%40b.kz&token=1#token=2';
    expect(proofOf(change, new Date(0), url).url).to.equal('https://spark.kz/reset');
  });
});
