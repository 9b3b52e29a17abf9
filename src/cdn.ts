// The all-in-one script-tag entry (`dist/kelisim.js`): the elements are defined at once, so
// `<kelisim-consent>` starts Kelisim as soon as the parser reaches it.
import {boot} from './boot.js';
import './define.js';

boot(() => {});
