// The split script-tag entry (`dist/kelisim.mjs`): reads the cookie, releases what is granted and
// loads the vendors' tags without Lit. The elements and their texts are a separate chunk,
// fetched only when the banner, the dialog or a placeholder must show.
import {boot} from './boot.js';
import {startRuntime} from './runtime.js';

boot((host) => startRuntime(host, () => import('./define.js')));
