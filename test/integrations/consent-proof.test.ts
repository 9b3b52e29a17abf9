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
    const change = {granted: ['essential', 'functional'], changed: ['functional'], first: false, source: ChangeSource.SAVE, record};
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
});
