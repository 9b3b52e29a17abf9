// The all-in-one script-tag entry (`dist/kelisim.js`): the split build's start-up, in one
// classic script. The UI (Lit, the elements, the texts) is inside it too, but behind a
// function the build wraps it in (scripts/lazy-iife.mjs), run only when something must show.
import {boot} from './boot.js';
import {startRuntime} from './runtime.js';

boot((host) => startRuntime(host, () => import('./define.js')));
