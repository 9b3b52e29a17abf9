import {expect} from 'chai';
import {matchesPattern} from '../../src/core/cookie-names.js';

describe('matchesPattern', () => {
  const cases: [string, string, boolean][] = [
    ['_ga', '_ga', true],
    ['_gat', '_ga', false],
    ['_ga_ABC123', '_ga_*', true],
    ['_ga', '_ga_*', false],
    ['_gat_UA-1', '_gat*', true],
    ['_gat', '_gat*', true],
    ['_ym_uid', '_ym_*', true],
    ['x_ym_uid', '_ym_*', false],
    ['_gcl_au', '_gcl_*', true],
    ['kelisim', '_*', false],
    ['ab_cd_ef', 'ab*ef', true],
    ['abef', 'ab*cd*ef', false],
    ['abcdef', 'ab*cd*ef', true],
  ];
  for (const [name, pattern, expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'} ${name} against ${pattern}`, () => {
      expect(matchesPattern(name, pattern)).to.equal(expected);
    });
  }
});
