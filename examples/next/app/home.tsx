'use client';
import {useState} from 'react';
import {useAllowed} from './use-allowed';

export function Home() {
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
