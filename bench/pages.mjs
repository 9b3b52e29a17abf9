// One page per library, identical but for the consent library: the same text, the same three
// categories and the same gated fake Metrika and GA scripts, each library's own way.

/** Files a script-tag user of each library loads, and what detects its banner. */
export const LIBRARIES = {
  'no library': {files: [], banner: null},
  'kelisim (all-in-one)': {
    files: ['dist/kelisim.js'],
    head: '<script src="/lib/dist/kelisim.js"></script>',
    element: '<kelisim-consent policy-url="/privacy" revision="1" lang="en"></kelisim-consent>',
    banner: `document.querySelector('kelisim-consent')?.shadowRoot?.querySelector('[part~="banner"]')`,
    accept: 'kelisim-consent [part~="banner"] [part~="accept-button"]',
    category: 'performance',
  },
  'kelisim (split)': {
    // A first visit on this English page: the start-up module, the UI chunk and the English texts.
    files: ['dist/kelisim.mjs', 'dist/kelisim-ui.mjs', 'dist/kelisim-en.mjs'],
    returningFiles: ['dist/kelisim.mjs'],
    // `async`: the module runs as soon as it arrives, while the parser still works, as the README shows.
    head: '<script type="module" async src="/lib/dist/kelisim.mjs"></script>',
    element: '<kelisim-consent policy-url="/privacy" revision="1" lang="en"></kelisim-consent>',
    banner: `document.querySelector('kelisim-consent')?.shadowRoot?.querySelector('[part~="banner"]')`,
    accept: 'kelisim-consent [part~="banner"] [part~="accept-button"]',
    category: 'performance',
  },
  'vanilla-cookieconsent 3.1.0': {
    files: [
      'node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js',
      'node_modules/vanilla-cookieconsent/dist/cookieconsent.css',
    ],
    head: `<link rel="stylesheet" href="/lib/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">
<script src="/lib/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>`,
    // hideFromBots is on by default and would hide the banner from an automated browser.
    tail: `<script>CookieConsent.run({
  hideFromBots: false,
  categories: {necessary: {enabled: true, readOnly: true}, analytics: {}, functionality: {}},
  language: {default: 'en', translations: {en: {
    consentModal: {title: 'We use cookies', description: 'Essential cookies keep this site working. We use performance and functional cookies only with your consent. <a href="/privacy">Privacy policy</a>', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Settings'},
    preferencesModal: {title: 'Cookie settings', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save choice', closeIconLabel: 'Close', sections: [
      {title: 'Essential cookies', description: 'Needed for the site to work.', linkedCategory: 'necessary'},
      {title: 'Performance cookies', description: 'Let us analyse how visitors use the site.', linkedCategory: 'analytics'},
      {title: 'Functional cookies', description: 'Remember your preferences.', linkedCategory: 'functionality'}]}}}}
});</script>`,
    banner: `document.querySelector('#cc-main .cm')`,
    accept: '#cc-main .cm [data-role="all"]',
    category: 'analytics',
  },
  'klaro 0.7.22': {
    files: ['node_modules/klaro/dist/klaro.js'],
    head: `<script>window.klaroConfig = {
  version: 1, elementID: 'klaro', storageMethod: 'cookie', cookieName: 'klaro', acceptAll: true, hideDeclineAll: false,
  translations: {en: {purposes: {performance: 'Performance cookies', functional: 'Functional cookies'},
    consentNotice: {description: 'Essential cookies keep this site working. We use performance and functional cookies only with your consent.'}}},
  services: [
    {name: 'metrika', title: 'Yandex Metrika', purposes: ['performance']},
    {name: 'ga', title: 'Google Analytics', purposes: ['performance']},
    {name: 'chat', title: 'Chat', purposes: ['functional']}]
};</script>
<script defer src="/lib/node_modules/klaro/dist/klaro.js"></script>`,
    banner: `document.querySelector('.klaro .cookie-notice')`,
    accept: '.klaro .cookie-notice .cm-btn-success',
    // Klaro gates by service name (data-name) rather than by category.
    gated: (attributes) => `<script type="text/plain" data-type="text/javascript" ${attributes}`,
  },
  'Osano cookieconsent 3.1.1 (no categories)': {
    files: [
      'node_modules/cookieconsent/build/cookieconsent.min.js',
      'node_modules/cookieconsent/build/cookieconsent.min.css',
    ],
    head: `<link rel="stylesheet" href="/lib/node_modules/cookieconsent/build/cookieconsent.min.css">
<script src="/lib/node_modules/cookieconsent/build/cookieconsent.min.js"></script>`,
    tail: `<script>window.cookieconsent.initialise({type: 'opt-in', content: {message: 'Essential cookies keep this site working. We use performance and functional cookies only with your consent.', allow: 'Accept all', deny: 'Reject all', link: 'Privacy policy', href: '/privacy'}});</script>`,
    banner: `document.querySelector('.cc-window')`,
  },
};

const TEXT =
  '<p>Orta is a community of people who build things in Kazakhstan. This paragraph stands for a page of content.</p>'.repeat(
    12
  );

function gatedScripts(library, {ungated = false, scale = 0} = {}) {
  const gate = (attributes) => {
    if (ungated) return `<script ${attributes.replace('data-src', 'src')}`;
    if (library.gated) return library.gated(attributes);
    return `<script type="text/plain" data-category="${library.category}" ${attributes}`;
  };
  if (scale) {
    const body = 'window.__n=(window.__n||0)+1;if(window.__n===' + scale + ')window.__doneAt=performance.now();';
    return Array.from({length: scale}, () => `${gate('data-name="metrika"')}>${body}</script>`).join('\n');
  }
  return [
    `${gate('data-name="metrika" data-src="/fake/metrika.js"')}></script>`,
    `${gate('data-name="metrika"')}>ym(12345678, 'init', {clickmap: true});</script>`,
    `${gate('data-name="ga" data-src="/fake/ga.js"')}></script>`,
    `${gate('data-name="ga"')}>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag('js', new Date()); gtag('config', 'G-BENCH');</script>`,
  ].join('\n');
}

export function pageHtml(name, options = {}) {
  const library = LIBRARIES[name];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench</title><link rel="icon" href="data:,">
<script>window.__banner = () => ${library.banner ?? 'null'};</script>
${library.head ?? ''}</head>
<body><main><h1>A site in Kazakhstan</h1>${TEXT}</main>
${library.element ?? ''}
${library.head || options.ungated ? gatedScripts(library, options) : ''}
${library.tail ?? ''}
</body></html>`;
}
