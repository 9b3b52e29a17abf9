'use client';
import {useEffect} from 'react';

// The server renders the tag; the browser registers the element (and starts Kelisim) after hydration.
export function Consent() {
  useEffect(() => void import('kelisim/define'), []);
  return <kelisim-consent revision="1" policy-url="/privacy" />;
}
