import { css } from 'lit';

/** The trend, the board page, the charts and the file list's buttons (issue 29). */
export const summaryBoardStyles = css`
  .chart {
    margin: 1em 0;
  }
  .chart svg {
    display: block;
    width: 100%;
    max-width: 640px;
    /* Narrower, its 11 px words would be drawn at 3-4 px: the chart scrolls in its region. */
    min-width: 560px;
    height: auto;
  }
  .board-grid > * {
    min-width: 0;
  }
  .chart-downloads .hint,
  .grouping-note,
  .export-note {
    color: var(--ambitions-color-text-secondary, #4c6272);
  }
  .chart-downloads .hint {
    display: block;
    margin-top: 0.25em;
  }
  .chart-downloads button,
  .files button {
    margin-inline-end: 0.5em;
  }
  .trend-table th[scope='row'] {
    white-space: nowrap;
  }
  .trend-table th[scope='rowgroup'] {
    vertical-align: top;
    text-align: start;
  }
  .trend-table tbody {
    border-top: 2px solid var(--ambitions-color-border, #d8dde0);
  }
  .board {
    border-top: 4px solid var(--ambitions-color-brand, #005eb8);
    padding-top: 0.5em;
  }
  .board-grid {
    display: grid;
    gap: 1.5em;
  }
  @media (min-width: 48em) {
    .board-grid {
      grid-template-columns: 3fr 2fr;
    }
  }
  .board-recs {
    font-size: 0.9em;
    border-inline-start: 0.25em solid var(--ambitions-color-border, #d8dde0);
    padding-inline-start: 1em;
  }
  .board-recs li {
    margin-bottom: 0.5em;
  }
  .held-notes {
    font-size: 0.95em;
  }
  .held-print-more {
    display: none;
  }
  .credit {
    color: var(--ambitions-color-text-secondary, #4c6272);
  }
  @media print {
    .keep {
      break-inside: avoid;
    }
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    .chart-downloads,
    .board-actions,
    .trend .chart,
    .board {
      display: none !important;
    }
    .trend tbody,
    .movement tr {
      break-inside: avoid;
    }
    /* A heading and its introduction go to the next page with the table's first rows, never
       alone at the foot of a page (the meeting print ran to 5 pages with gaps like that). */
    .keep {
      break-after: avoid;
    }
    tbody:first-of-type > tr:first-child {
      break-before: avoid;
    }
    /* Tables compact on paper: one line per row where the titles allow. */
    table {
      font-size: 0.875em;
    }
    th,
    td {
      padding: 0.15em 0.4em;
    }
    /* The closing line about guidelines stays with the last section, not alone on a page. */
    .attribution {
      break-before: avoid;
    }
    tbody:last-of-type > tr:last-child {
      break-after: avoid;
    }
    .trend-table th[scope='rowgroup'] {
      width: 30%;
    }
    /* "Print the board page": the board alone, on one A4 page. */
    .board-only > :not(.board) {
      display: none !important;
    }
    .board-only > .board {
      display: block !important;
      border: 0;
      font-size: 11px;
      line-height: 1.35;
    }
    .board-only .board-grid {
      grid-template-columns: 3fr 2fr;
      gap: 1.5em;
    }
    .board-only .board p,
    .board-only .board ol,
    .board-only .board ul {
      margin: 0.3em 0 0.6em;
    }
    .board-only .board h3,
    .board-only .board h4 {
      margin: 0.6em 0 0.2em;
    }
    /* The board page prints the first notes per item and counts the rest: one A4 sheet. */
    .board-only .held-notes > li:nth-child(n + 3) {
      display: none;
    }
    .board-only .held-print-more {
      display: block;
    }
    .board-only .held-more {
      display: none;
    }
    .board-only .board .chart svg {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
