import { deepFreeze } from './freeze.js';
import type { ReportQuote } from './types.js';

/**
 * The report's words on why its authors added items 9 and 10 to the guide (section 5.3, line
 * 373), in the two phrases the per-Ambition views quote: the items serve the Ambitions in general,
 * and also foreground Ambition 6. Never present them as linked to Ambition 6 only.
 */
export const addedItemsQuotes: {
  readonly invaluable: ReportQuote;
  readonly foreground: ReportQuote;
} = /*#__PURE__*/ deepFreeze({
  invaluable: { text: 'invaluable to realising the Ambitions', line: 373 },
  foreground: {
    text: 'also help foreground actions that are important to realising Ambition 6',
    line: 373,
  },
});

/** Ours, built from those quotes: how the per-Ambition views count items 9 and 10. */
export const addedItemsCounting =
  'Items 9 and 10 have no case studies. The report added them as themes people found “invaluable to realising the Ambitions” that “also help foreground actions that are important to realising Ambition 6” (section 5.3), so here they count once toward every Ambition.';
