import {expect} from 'chai';
import {error, warn} from '../../src/internal/warn.js';
import {withErrors, withWarnings} from '../helpers/warnings.js';

describe('warn', () => {
  it('reports each problem once, with the prefix, however often its input is read', () => {
    const {warnings} = withWarnings(() => {
      warn('The JSON config is not valid JSON (test).');
      warn('The JSON config is not valid JSON (test).');
      warn('Another problem (test).');
    });
    expect(warnings).to.deep.equal([
      '[kelisim] The JSON config is not valid JSON (test).',
      '[kelisim] Another problem (test).',
    ]);
  });
});

describe('error', () => {
  it('reports every refusal and exception, with the prefix', () => {
    const {errors} = withErrors(() => {
      error('refused (test)');
      error('refused (test)');
      error(new Error('thrown (test)'));
    });
    expect(errors).to.deep.equal(['[kelisim] refused (test)', '[kelisim] refused (test)', '[kelisim]']);
  });
});
