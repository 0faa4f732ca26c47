// A strict TypeScript page script using the packed package as a developer would.
import { FoundationCard, type CardToggleEvent } from 'ambitions-elements';
import { foundations, getFoundation } from 'ambitions-elements/content';
import 'ambitions-elements/define/foundation-card';

// HTMLElementTagNameMap: createElement knows the element's class and its properties.
const card = document.createElement('foundation-card');
card.foundation = '3';
card.collapsible = true;
const typed: FoundationCard = card;

// GlobalEventHandlersEventMap: the listener gets the typed event and its detail.
card.addEventListener('ambitions-card-toggle', (event) => {
  const toggle: CardToggleEvent = event;
  const open: boolean = toggle.detail.open;
  document.title = `${toggle.detail.foundation} ${open ? 'open' : 'closed'}`;
});

// @ts-expect-error collapsible is a boolean
card.collapsible = 'yes';

const item = getFoundation('3');
document.body.append(typed);
document.body.dataset.items = `${foundations.length} ${item?.title ?? ''}`;
