// A React 19 app using the packed package: JSX typings from `ambitions-elements/react`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CardToggleEvent } from 'ambitions-elements';
import type {} from 'ambitions-elements/react';
import 'ambitions-elements/define/foundation-card';
import 'ambitions-elements/define/grab-and-go-guide';
import 'ambitions-elements/define/self-check-quiz.js';
import 'ambitions-elements/define/ambition-map.js';

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
      {/* Properties the docs document (docs/developer.md): answers on the quiz, result on the map. */}
      <self-check-quiz answers={{}} mode="reflect" no-storage />
      <ambition-map result={undefined} view="table" />
    </main>
  );
}

// Wrong props are type errors (each line below must fail, or tsc reports an unused directive).
// @ts-expect-error collapsible is a boolean
export const wrong = <foundation-card collapsible="yes" />;
// @ts-expect-error foundation is a number or a slug, not an object
export const wrongFoundation = <foundation-card foundation={{ id: 3 }} />;
// @ts-expect-error heading levels are 2 to 6
export const wrongLevel = <foundation-card heading-level={9} />;
export const wrongHandler = (
  // @ts-expect-error the handler receives a CardToggleEvent, not a MouseEvent
  <foundation-card onambitions-card-toggle={(event: MouseEvent) => event.clientX} />
);
// @ts-expect-error mode is 'reflect' or 'knowledge'
export const wrongMode = <self-check-quiz mode="exam" />;

createRoot(document.getElementById('root')!).render(<App />);
