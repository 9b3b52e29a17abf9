// Property test of the page's API against a model: whatever sequence of calls a page makes, with
// whatever arguments (misspelt or partial ids, strings where lists belong, objects, a polluted
// Object.prototype), a category is allowed exactly when the last accepted decision granted it,
// every refused call logs one error and changes nothing, and the cookie holds what the API says.
import {expect} from 'chai';
import fc from 'fast-check';
import * as api from '../src/api.js';
import {parseRecord} from '../src/core/record.js';
import {startRuntime} from '../src/runtime.js';

const COOKIE = 'kelisim_api_fuzz';
const CATEGORIES = ['essential', 'performance', 'functional', 'marketing'];
const NEAR = [
  'perf',
  'performancex',
  'Performance',
  ' performance',
  'performance functional',
  'market',
  '',
  'essential ',
];
const PROTOTYPE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

const name = fc.oneof(fc.constantFrom(...CATEGORIES, ...NEAR, ...PROTOTYPE), fc.string({maxLength: 12}));
const hostile = fc.oneof(
  name,
  fc.anything({maxDepth: 1}),
  fc.constant({toString: () => 'performance'}),
  fc.constant(['performance']),
  fc.constant(null)
);
const list = fc.oneof(
  fc.subarray(CATEGORIES),
  fc.array(name, {maxLength: 4}),
  fc.array(hostile, {maxLength: 3}),
  hostile
);

type Call =
  | {call: 'acceptAll' | 'rejectAll' | 'reset'}
  | {call: 'accept'; arg: unknown}
  | {call: 'allowed'; arg: unknown}
  | {call: 'getConsent'; tamper: string}
  | {call: 'onChange'; arg: unknown}
  | {call: 'pollute'; key: string};

const call: fc.Arbitrary<Call> = fc.oneof(
  fc.constantFrom<Call>({call: 'acceptAll'}, {call: 'rejectAll'}, {call: 'reset'}),
  list.map((arg): Call => ({call: 'accept', arg})),
  hostile.map((arg): Call => ({call: 'allowed', arg})),
  name.map((tamper): Call => ({call: 'getConsent', tamper})),
  hostile.filter((arg) => typeof arg !== 'function').map((arg): Call => ({call: 'onChange', arg})),
  fc.constantFrom(...CATEGORIES.slice(1)).map((key): Call => ({call: 'pollute', key}))
);

const isKnownList = (arg: unknown): arg is string[] =>
  Array.isArray(arg) && arg.every((id) => typeof id === 'string' && CATEGORIES.includes(id));

/** What the cookie grants, read straight from document.cookie. */
function cookieGrants(): string[] | undefined {
  const values = document.cookie
    .split('; ')
    .filter((pair) => pair.startsWith(`${COOKIE}=`))
    .map((pair) => pair.slice(COOKIE.length + 1));
  expect(values.length).to.be.at.most(1);
  const record = values[0] === undefined ? undefined : parseRecord(values[0]).record;
  return record && Object.keys(record.granted).filter((id) => record.granted[id]);
}

describe('the public API (property test)', () => {
  before(() => {
    const host = document.createElement('div');
    host.setAttribute('cookie-name', COOKIE);
    host.setAttribute('categories', 'performance functional marketing');
    host.setAttribute('reload-on-withdraw', 'false');
    document.body.append(host);
    // The banner is never needed here: the UI "loads" forever.
    startRuntime(host, () => new Promise(() => {}));
  });

  after(() => api.reset());

  it('allows exactly what the last accepted decision granted; refused calls log one error and change nothing', function () {
    this.timeout(120_000);
    const [error, warn] = [console.error, console.warn];
    let errors = 0;
    console.error = () => void errors++;
    console.warn = () => {};
    const polluted = new Set<string>();
    try {
      fc.assert(
        fc.property(fc.array(call, {maxLength: 12}), (calls) => {
          api.reset();
          let model: Set<string> | undefined;
          try {
            for (const step of calls) {
              const before = errors;
              let expectedErrors = 0;
              switch (step.call) {
                case 'acceptAll':
                  api.acceptAll();
                  model = new Set(CATEGORIES);
                  break;
                case 'rejectAll':
                  api.rejectAll();
                  model = new Set(['essential']);
                  break;
                case 'reset':
                  api.reset();
                  model = undefined;
                  break;
                case 'accept': {
                  const change = api.accept(step.arg as string[]);
                  if (isKnownList(step.arg)) model = new Set(['essential', ...step.arg]);
                  else expectedErrors = 1;
                  expect(change === undefined).to.equal(expectedErrors === 1);
                  break;
                }
                case 'allowed': {
                  const known = typeof step.arg === 'string' && CATEGORIES.includes(step.arg);
                  const expected = step.arg === 'essential' || (known && model?.has(step.arg as string) === true);
                  expect(api.allowed(step.arg as string)).to.equal(expected);
                  if (!known) expectedErrors = 1;
                  break;
                }
                case 'getConsent': {
                  const state = api.getConsent();
                  state.granted.push(step.tamper);
                  if (state.record) state.record.granted[step.tamper] = true;
                  break;
                }
                case 'onChange': {
                  expect(api.onChange(step.arg as () => void)).to.be.a('function');
                  expectedErrors = 1;
                  break;
                }
                case 'pollute':
                  (Object.prototype as Record<string, unknown>)[step.key] = true;
                  polluted.add(step.key);
                  break;
              }
              expect(errors - before, `errors after ${step.call}`).to.equal(expectedErrors);
              const granted = model ? CATEGORIES.filter((id) => model!.has(id)) : ['essential'];
              expect(api.getConsent().granted).to.deep.equal(granted);
              for (const id of CATEGORIES.slice(1)) expect(api.allowed(id), id).to.equal(model?.has(id) === true);
              expect(cookieGrants()).to.deep.equal(model && granted);
            }
          } finally {
            for (const key of polluted) delete (Object.prototype as Record<string, unknown>)[key];
          }
        }),
        {numRuns: 300}
      );
    } finally {
      [console.error, console.warn] = [error, warn];
    }
  });
});
