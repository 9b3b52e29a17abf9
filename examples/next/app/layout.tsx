import Link from 'next/link';
import type {ReactNode} from 'react';
import {Consent} from './consent';

export const metadata = {title: 'Kelisim · Next.js', icons: 'data:,'};

export default function RootLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body>
        <Consent />
        <nav>
          <Link href="/">Home</Link> <Link href="/about">About</Link>
        </nav>
        <main>{children}</main>
        <footer>
          <a href="#" data-kelisim="preferences">
            Cookie settings
          </a>
        </footer>
      </body>
    </html>
  );
}
