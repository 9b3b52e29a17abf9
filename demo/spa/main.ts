// A single-page app with history routing, built by the project's rollup config into
// dist/spa/main.js. Kelisim comes from the npm entry points, as an app would import them.
import '../../src/define.js';
import {getConsent, onChange} from '../../src/index.js';

const views: Record<string, {title: string; html: string}> = {
  '/spa/': {title: 'Home', html: '<h1>Home</h1><p>A shop as a single-page app. Move between pages: consent stays.</p>'},
  '/spa/catalog': {
    title: 'Catalog',
    // The route brings its own gated widget; Kelisim releases it if functional cookies are allowed.
    html: `<h1>Catalog</h1><p>Support chat: <span id="route-widget">not running</span></p>
      <script type="text/plain" data-category="functional">
        document.getElementById('route-widget').textContent = 'running';
      </script>`,
  },
  '/spa/about': {title: 'About', html: '<h1>About</h1><p>Kelisim keeps the choice in one first-party cookie.</p>'},
};

function render(): void {
  const view = views[location.pathname] ?? views['/spa/'];
  document.title = `${view.title} · Kelisim SPA`;
  document.getElementById('view')!.innerHTML = view.html;
}

function showConsent(): void {
  const {status, granted} = getConsent();
  document.getElementById('status-consent')!.textContent = `${status}: ${granted.join(', ')}`;
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-route]') : null;
  if (!link) return;
  event.preventDefault();
  history.pushState({}, '', link.href);
  render();
});
addEventListener('popstate', render);
onChange(showConsent);
document.addEventListener('kelisim-ready', showConsent);
render();
showConsent();
