import { css } from 'lit';

export const mapStyles = css`
  .root {
    container-type: inline-size;
  }
  .intro {
    max-width: 40em;
  }
  .toolbar {
    display: flex;
    gap: 0.5em;
    margin: 0 0 1em;
  }
  .toolbar button {
    border: 2px solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    background: var(--ambitions-color-surface, #ffffff);
    color: var(--ambitions-color-brand, #005eb8);
    padding: 0.25em 1em;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--ambitions-color-brand, #005eb8);
    color: var(--ambitions-color-on-brand, #ffffff);
    font-weight: 600;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(9em, 2fr) repeat(6, minmax(0, 1fr));
    gap: 2px;
    margin: 0 0 1em;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    gap: 2px;
  }
  .corner,
  .ambition,
  .item-header,
  .cell {
    padding: 0.35em 0.45em;
    border: 1px solid var(--ambitions-color-border, #d8dde0);
    background: var(--ambitions-color-surface, #ffffff);
    cursor: pointer;
    min-width: 0;
  }
  .corner {
    cursor: default;
    font-size: 0.875em;
    align-self: end;
    border: 0;
  }
  .ambition {
    font-size: 0.875em;
    line-height: 1.25;
  }
  .a-num {
    display: block;
    font-weight: 700;
  }
  .i-title {
    font-weight: 600;
  }
  .tag,
  .stage {
    display: block;
    font-size: 0.8125em;
  }
  .cell {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    min-height: 2.75em;
  }
  .count {
    font-size: 1.125em;
    font-weight: 700;
  }
  .c-label {
    display: none;
    font-size: 0.75em;
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
    color: var(--ambitions-color-on-brand, #ffffff);
  }
  .cell.none {
    color: var(--ambitions-color-secondary-text, #4c6272);
  }
  .cell.authors,
  td.authors {
    background: repeating-linear-gradient(
      135deg,
      var(--ambitions-color-surface, #ffffff) 0 6px,
      var(--ambitions-map-heat-1, #e3eef8) 6px 12px
    );
    border-style: dashed;
    border-color: var(--ambitions-color-brand, #005eb8);
  }
  .cell.authors .count {
    font-size: 0.8125em;
    font-weight: 600;
    font-style: italic;
  }
  .cell.heat-0 .count {
    font-weight: 400;
    color: var(--ambitions-color-secondary-text, #4c6272);
  }
  .has-selection .cell:not(.selected, .linked) {
    background: var(--ambitions-color-surface, #ffffff);
    color: var(--ambitions-color-secondary-text, #4c6272);
  }
  .has-selection .cell:not(.selected, .linked) .count {
    font-weight: 400;
  }
  .selected,
  .grid .selected {
    outline: 4px solid var(--ambitions-color-text, #212b32);
    outline-offset: -4px;
    background: var(--ambitions-color-selected, #fff9c4);
    color: var(--ambitions-color-text, #212b32);
  }
  .linked {
    box-shadow: inset 0 0 0 3px var(--ambitions-color-text, #212b32);
    font-weight: 700;
  }
  .item-header[class*='stage-'] {
    border-inline-start-width: 0.6em;
  }
  .stage-not-started {
    border-inline-start-color: #768692 !important;
  }
  .stage-understand {
    border-inline-start-color: #ffb81c !important;
  }
  .stage-interpret {
    border-inline-start-color: #ed8b00 !important;
  }
  .stage-implement {
    border-inline-start-color: #41b6e6 !important;
  }
  .stage-embedded {
    border-inline-start-color: #007f3b !important;
  }
  .legend {
    margin: 0 0 1em;
  }
  .legend-title {
    font-weight: 600;
    margin: 0 0 0.25em;
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
    width: 1em;
    height: 1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
    border: 1px solid var(--ambitions-color-border, #d8dde0);
    border-inline-start-width: 0.6em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0 0 0.5em;
  }
  th,
  td {
    border: 1px solid var(--ambitions-color-border, #d8dde0);
    padding: 0.35em 0.45em;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    font-size: 0.875em;
    text-align: start;
  }
  td {
    text-align: center;
  }
  tbody th {
    text-align: start;
    font-weight: 600;
  }
  .details {
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
    padding: 0.25em 0 0.25em 1em;
    margin: 0 0 1em;
  }
  .attribution {
    font-size: 0.875em;
  }
  @container (max-width: 36em) {
    .grid {
      display: block;
    }
    .row {
      display: grid;
      grid-template-columns: repeat(6, minmax(0, 1fr));
      margin: 0 0 0.75em;
    }
    .row.head {
      grid-template-columns: 1fr;
    }
    .corner {
      font-weight: 600;
    }
    .ambition .a-num {
      display: inline;
    }
    .item-header {
      grid-column: 1 / -1;
    }
    .cell {
      padding: 0.25em 0.1em;
    }
    .c-label {
      display: block;
    }
    .cell.authors .count {
      font-size: 0.6875em;
    }
    table {
      font-size: 0.8125em;
    }
    table .a-title {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  @media (forced-colors: active) {
    .corner,
    .ambition,
    .item-header,
    .cell {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .cell.authors {
      border-style: dashed;
    }
    .selected {
      outline-color: Highlight;
    }
    .linked {
      box-shadow: none;
      outline: 3px dashed Highlight;
      outline-offset: -3px;
    }
    .toolbar button[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
