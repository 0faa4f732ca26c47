import { css } from 'lit';

/*
 * Every grid node is [tabindex] and holds: .a-num (its Ambition, "A5"), hidden context, .count
 * (what it shows: a count, an Ambition's or an item's title) and the hidden rest of its name.
 * Rules go from general to specific at equal weight, so later ones win without !important.
 */
export const mapStyles = css`
  .root {
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    gap: 0.5em;
    margin-bottom: 1em;
  }
  .toolbar button {
    border: 2px solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    background: var(--ambitions-color-surface, #fff);
    color: var(--ambitions-color-brand, #005eb8);
    padding: 0 1em;
  }
  .toolbar [aria-pressed='true'] {
    background: var(--ambitions-color-brand, #005eb8);
    color: var(--ambitions-color-on-brand, #fff);
  }
  .grid,
  .row {
    display: grid;
    gap: 2px;
  }
  .grid {
    grid-template-columns: minmax(9em, 2fr) repeat(6, minmax(0, 1fr));
    margin-bottom: 1em;
  }
  .row {
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  [tabindex] {
    padding: 0.35em 0.45em;
    border: 1px solid var(--ambitions-color-border, #d8dde0);
    background: var(--ambitions-color-surface, #fff);
    cursor: pointer;
    min-width: 0;
  }
  /* Pre-rendered, before the script: a cell does nothing yet, so no pointer over it. */
  :host(:not(:defined)) [tabindex] {
    cursor: auto;
  }
  .corner {
    border: 0;
    align-self: end;
  }
  .corner,
  .ambition,
  .tag,
  .cell .a-num,
  .attribution {
    font-size: max(14px, 0.875em);
  }
  .a-num,
  .tag {
    display: block;
    font-weight: 700;
  }
  .tag {
    font-weight: 400;
  }
  /* With organisations' examples: " + 3" after the report's number, smaller. */
  .extra {
    font-size: max(14px, 0.875em);
  }
  .include {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-height: 44px;
  }
  .include input {
    width: 1.25em;
    height: 1.25em;
  }
  .item-header .count {
    font-weight: 600;
  }
  .cell {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .cell .a-num {
    display: none;
    font-weight: 400;
  }
  .heat-1 {
    background: var(--ambitions-map-heat-1, #e3eef8);
  }
  .heat-2 {
    background: var(--ambitions-map-heat-2, #b9d4ee);
  }
  .heat-3 {
    background: var(--ambitions-map-heat-3, #7fb0df);
  }
  .heat-4 {
    background: var(--ambitions-map-heat-4, var(--ambitions-color-brand, #005eb8));
    color: var(--ambitions-color-on-brand, #fff);
  }
  /* A selection changes colours and outlines only, never a font weight: a weight changes text
     widths, and the grid would be laid out again on every selection (the bench's phone CPU).
     Cells it leaves out lose their tint but keep their text colour (only the darkest tint's white
     text changes): a text colour is inherited by the cell's four spans, and changing it on the
     60 cells of the first selection restyled about 300 elements (issue 31: several ms of the
     frame on a phone CPU). */
  .heat-0,
  .has-selection .cell:not([aria-selected='true'], .linked) {
    background: var(--ambitions-color-surface, #fff);
  }
  .heat-0 {
    color: var(--ambitions-color-text-secondary, var(--ambitions-color-secondary-text, #4c6272));
    font-weight: 400;
  }
  .has-selection .heat-4:not([aria-selected='true'], .linked) {
    color: var(--ambitions-color-text, #212b32);
  }
  /* At 14px, "authors' link" may not fit a narrow cell: it breaks (hyphenated where the engine can). */
  .authors {
    overflow-wrap: anywhere;
    hyphens: auto;
    background: repeating-linear-gradient(135deg, #fff 0 6px, #e3eef8 6px 12px);
    border: 1px dashed var(--ambitions-color-brand, #005eb8);
    font-style: italic;
    font-size: max(14px, 0.875em);
  }
  .grid [aria-selected='true'] {
    outline: 4px solid var(--ambitions-color-text, #212b32);
    outline-offset: -4px;
    background: var(--ambitions-color-selected, #fff9c4);
    color: var(--ambitions-color-text, #212b32);
  }
  .linked {
    box-shadow: inset 0 0 0 3px var(--ambitions-color-text, #212b32);
  }
  [class*='stage-'] {
    border-inline-start: 0.6em solid var(--s, var(--ambitions-color-border, #d8dde0)) !important;
  }
  .stage-not-started {
    --s: #768692;
  }
  .stage-understand {
    --s: #ffb81c;
  }
  .stage-interpret {
    --s: #ed8b00;
  }
  .stage-implement {
    --s: #41b6e6;
  }
  .stage-embedded {
    --s: #007f3b;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    padding: 0;
  }
  .swatch {
    display: inline-block;
    width: 1.2em;
    height: 1em;
    margin-inline-end: 0.35em;
    border: 1px solid var(--ambitions-color-border, #d8dde0);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: 1em;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    border: 1px solid var(--ambitions-color-border, #d8dde0);
    padding: 0.35em;
    text-align: start;
    /* 'anywhere' (unlike 'break-word') lowers the cells' min-content width, which Firefox's
       table layout needs to fit 320 px. */
    overflow-wrap: anywhere;
  }
  td {
    text-align: center;
  }
  section {
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
    padding-inline-start: 1em;
    margin-bottom: 1em;
  }
  @container (max-width: 36em) {
    .grid {
      display: block;
    }
    .row {
      grid-template-columns: repeat(6, minmax(0, 1fr));
      margin-bottom: 0.75em;
    }
    .head {
      grid-template-columns: 1fr;
    }
    .ambition .a-num {
      display: inline;
    }
    .item-header {
      grid-column: 1 / -1;
    }
    .cell {
      padding: 0.25em 0;
    }
    .cell .a-num {
      display: block;
    }
    /* Narrow screens: 14px is the floor for every label (docs/accessibility.md, text size). */
    table {
      font-size: max(14px, 0.875em);
    }
    table :is(.corner, .ambition, .tag, .a-num, .attribution) {
      font-size: 1em;
    }
    table .a-title {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
      white-space: nowrap;
    }
  }
  /* The focus ring's outer band is drawn outside the cell: above its neighbours, not under them. */
  [tabindex]:focus-visible {
    position: relative;
    z-index: 1;
  }
  /* The tints carry the numbers' meaning and the darkest holds white text: printed as shown, even
     when the print dialog leaves backgrounds out (a reviewer's print had white-on-white there). */
  @media print {
    [tabindex] {
      print-color-adjust: exact;
    }
  }
  @media (forced-colors: active) {
    [tabindex] {
      forced-color-adjust: none;
      background: Canvas !important;
      color: CanvasText !important;
      border-color: CanvasText;
    }
    .grid [aria-selected='true'] {
      outline-color: Highlight;
    }
    .linked {
      box-shadow: none;
      outline: 3px dashed Highlight;
      outline-offset: -3px;
    }
    .toolbar [aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
