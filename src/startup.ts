// The split script-tag entry (`dist/kelisim.mjs`): reads the cookie, releases what is granted and
// loads the vendors' tags without Lit. The elements and their texts are a separate chunk
// (`kelisim-ui.mjs`), fetched at once when the banner must show, else only when the dialog or
// a placeholder must.
import {boot} from './boot.js';
import {startRuntime} from './runtime.js';

boot((host) => startRuntime(host, () => import('./define.js')));
