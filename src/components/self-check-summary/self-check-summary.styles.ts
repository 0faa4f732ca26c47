import { css } from 'lit';

/**
 * Stage colours: light tints for the early stages (dark text), the default brand blue for
 * embedded (white text); "not answered" is hatched. A fixed palette, not the host's brand: the
 * downloaded charts (charts.ts, STAGE_FILL) use the same colours and cannot read CSS. Colour is
 * never the only cue: every bar segment and matrix cell also carries its number or words.
 */
export const summaryStyles = css`
  .root {
    --brand: var(--ambitions-color-brand, #005eb8);
    --line: #d8dde0;
    background: var(--ambitions-color-surface, #ffffff);
    border-block-start: 0.25em solid var(--brand);
    padding: var(--ambitions-space, 1em);
  }
  .s-not-started {
    background: #f6d7d2;
  }
  .s-understand {
    background: #fbecc0;
  }
  .s-interpret {
    background: #cfe6f7;
  }
  .s-implement {
    background: #5d9cdb;
  }
  .s-embedded {
    background: #005eb8;
    color: #ffffff;
  }
  .s-not-answered {
    background: repeating-linear-gradient(135deg, #ffffff 0 6px, #eef1f2 6px 12px);
    color: #4c6272;
  }
  .s-not-started,
  .s-understand,
  .s-interpret,
  .s-implement {
    color: #212b32;
  }
  .intake {
    border: 2px dashed transparent;
  }
  .intake.over {
    border-color: var(--brand);
  }
  .privacy {
    border-inline-start: 0.25em solid var(--ambitions-color-button, #007f3b);
    padding-inline-start: 0.75em;
  }
  .pickers,
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2em;
    align-items: flex-end;
  }
  /* Flex items may shrink below their content (WebKit's file input would not, at 320 px). */
  .pickers > *,
  .controls > * {
    min-width: 0;
    max-width: 100%;
  }
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  input,
  select,
  textarea {
    font: inherit;
    max-width: 100%;
  }
  select,
  textarea,
  [type='text'],
  [type='search'] {
    min-height: 44px;
    border: 2px solid #4c6272;
    padding: 0.3em;
  }
  textarea {
    width: 100%;
    display: block;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1em;
    min-width: 0;
  }
  .orgs {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .orgs legend,
  .org-find {
    flex-basis: 100%;
    min-width: 0;
  }
  .orgs > * {
    max-width: 100%;
  }
  .org-find label {
    display: block;
  }
  .org-find input {
    width: 20em;
    max-width: 100%;
    box-sizing: border-box;
  }
  .org-find .hint {
    display: block;
    margin-top: 0.25em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 44px;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .check input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--brand);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1em 0;
    flex-basis: 100%;
  }
  button {
    border: 2px solid var(--brand);
    border-radius: var(--ambitions-radius, 4px);
    background: var(--ambitions-color-surface, #ffffff);
    color: var(--brand);
    padding: 0.4em 1em;
    font-weight: 600;
  }
  summary {
    cursor: pointer;
    color: var(--ambitions-color-link, #005eb8);
    text-decoration: underline;
    min-height: 24px;
    margin-bottom: 0.5em;
  }
  .status {
    font-size: 1.1em;
  }
  .files ul {
    padding-inline-start: 1.25em;
  }
  .files li {
    margin-bottom: 0.5em;
  }
  .rejected {
    border-inline-start: 0.25em solid var(--ambitions-color-error, #d5281b);
    padding-inline-start: 0.5em;
    list-style: none;
  }
  .file-meta,
  .rename {
    display: block;
  }
  .voice-flag {
    display: block;
  }
  .unnamed {
    font-weight: 600;
    font-style: italic;
  }
  section {
    margin: 1.5em 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid #4c6272;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
  }
  .bars {
    padding: 0;
    list-style: none;
  }
  .bars li {
    margin-bottom: 0.5em;
  }
  .bar-label {
    display: block;
  }
  .bar {
    display: flex;
    border: 1px solid #4c6272;
    min-height: 1.75em;
  }
  .seg {
    flex: 0 1 0;
    min-width: 1.75em;
    text-align: center;
    font-weight: 600;
    line-height: 1.75em;
  }
  .seg + .seg {
    border-inline-start: 1px solid #ffffff;
  }
  .scroll {
    /* Holds the visually hidden text inside, which would otherwise widen the page. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    margin: 0 0 1em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.3em 0.4em;
    border-bottom: 1px solid var(--line);
  }
  tbody th {
    font-weight: 400;
  }
  .matrix th,
  .matrix td {
    font-size: 0.875em;
    padding: 0.25em 0.3em;
    border: 1px solid var(--line);
  }
  .matrix tbody th {
    font-weight: 600;
  }
  .sort {
    border: 0;
    padding: 0.2em;
    min-height: 44px;
    min-width: 44px;
    text-align: start;
    background: none;
    color: var(--ambitions-color-link, #005eb8);
  }
  abbr {
    text-decoration: none;
  }
  blockquote {
    border-inline-start: 0.25em solid var(--line);
    padding-inline-start: 1em;
    margin: 0 0 1em;
  }
  blockquote footer {
    font-size: 0.9em;
    color: var(--ambitions-color-text-secondary, #4c6272);
  }
  .focus-item {
    border-inline-start: 0.25em solid var(--brand);
    padding-inline-start: 1em;
    margin: 1em 0;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .seg,
    .cell {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .root {
      border: 0;
      padding: 0;
      font-size: 14px;
    }
    .intake > :not([part~='title']),
    .controls,
    .matrix,
    .notes,
    .ambitions,
    .attribution > p:not(:last-child) {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .scroll {
      overflow: visible;
    }
    section {
      margin: 0.75em 0;
    }
    .bars li {
      break-inside: avoid;
      margin-bottom: 0.25em;
    }
    /* A focus item may run on to the next page (its heading stays with it): kept whole, it left
       a third of a page empty. Its list entries stay whole. */
    .focus-item li {
      break-inside: avoid;
    }
    /* The examples and case studies are reading for later: smaller on paper than the figures. */
    .focus-item ul {
      font-size: 0.875em;
    }
    /* Its heading, count and the line introducing the examples stay with the first example. */
    .focus-item > :is(h3, h4, h5, h6, p) {
      break-after: avoid;
    }
    .seg,
    .swatch,
    .cell {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
