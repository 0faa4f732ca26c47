// A React 19 app using the packed package: JSX typings from `ambitions-elements/react`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CardToggleEvent } from 'ambitions-elements';
import type {} from 'ambitions-elements/react';
import 'ambitions-elements/define/foundation-card';
import 'ambitions-elements/define/grab-and-go-guide';

function App() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <p>The card is {open ? 'open' : 'closed'}.</p>
      <foundation-card
        foundation="3"
        collapsible
        heading-level={3}
        onambitions-card-toggle={(event: CardToggleEvent) => setOpen(event.detail.open)}
      />
      <grab-and-go-guide contact-name="St Example Hospice" foundations="1,2,9" />
    </main>
  );
}

// @ts-expect-error collapsible is a boolean
export const wrong = <foundation-card collapsible="yes" />;

createRoot(document.getElementById('root')!).render(<App />);
