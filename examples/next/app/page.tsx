import {Home} from './home';

// Rendered on the server for each request.
export const dynamic = 'force-dynamic';

// A server component, with the client component inside it.
export default function Page() {
  return (
    <>
      <h1>Home</h1>
      <Home />
    </>
  );
}
