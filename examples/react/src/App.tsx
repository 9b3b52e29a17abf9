import {useEffect, useState} from 'react';
import type {MouseEvent} from 'react';
import {useAllowed} from './useAllowed';

function Home() {
  const [count, setCount] = useState(0);
  const analytics = useAllowed('performance');
  return (
    <>
      <p id="status">Analytics {analytics ? 'allowed' : 'not allowed'}</p>
      <button id="count" onClick={() => setCount(count + 1)}>
        Clicked {count} times
      </button>
      {count % 2 === 1 && <p>Odd: this line comes and goes just before the gated script.</p>}
      {/* Held back until "performance" is allowed. */}
      <script type="text/plain" data-category="performance">
        {'window.exampleAnalytics = (window.exampleAnalytics || 0) + 1;'}
      </script>
      <iframe title="Embed" data-category="functional" data-src="/embed.html" width="320" height="80" />
    </>
  );
}

export function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const back = () => setPath(location.pathname);
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  const go = (to: string) => (event: MouseEvent) => {
    event.preventDefault();
    history.pushState(null, '', to);
    setPath(to);
  };
  return (
    <>
      <kelisim-consent revision="1" policy-url="/privacy" />
      <nav>
        <a href="/" onClick={go('/')}>
          Home
        </a>{' '}
        <a href="/about" onClick={go('/about')}>
          About
        </a>
      </nav>
      <main>{path === '/about' ? <h1>About</h1> : <Home />}</main>
      <footer>
        <a href="#" data-kelisim="preferences">
          Cookie settings
        </a>
      </footer>
    </>
  );
}
