import { css } from 'lit';

export const quizStyles = css`
  .root {
    --brand: var(--ambitions-color-brand, #005eb8);
    --line: #d8dde0;
    background: var(--ambitions-color-surface, #ffffff);
    border-block-start: 0.25em solid var(--brand);
    padding: var(--ambitions-space, 1em);
  }
  [part='question'] [part~='screen-title'] {
    font-size: 1.25em;
  }
  .actions,
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1em 0;
  }
  .progress {
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0;
  }
  button {
    --c: var(--brand);
    border: 2px solid var(--c);
    border-radius: var(--ambitions-radius, 4px);
    background: var(--ambitions-color-surface, #ffffff);
    color: var(--c);
    padding: 0.4em 1em;
    font-weight: 600;
  }
  .primary {
    --c: var(--ambitions-color-button, #007f3b);
  }
  .warning {
    --c: var(--ambitions-color-error, #d5281b);
  }
  .primary,
  .warning {
    background: var(--c);
    color: #ffffff;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link-button {
    border: 0;
    background: none;
    min-height: 24px;
    padding: 0.25em 0;
    font-weight: 400;
    text-align: start;
    text-decoration: underline;
  }
  [aria-current='step'] {
    font-weight: 600;
    text-decoration: none;
  }
  progress {
    flex: 1 1 8em;
    height: 0.75em;
  }
  progress,
  .choice input {
    accent-color: var(--brand);
  }
  .small {
    color: var(--ambitions-color-text-secondary, #4c6272);
    font-size: 0.9em;
  }
  summary {
    cursor: pointer;
    color: var(--ambitions-color-link, #005eb8);
    text-decoration: underline;
    min-height: 24px;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  details,
  fieldset {
    margin: 0 0 1em;
  }
  legend,
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.5em;
    padding: 0;
  }
  .choice {
    display: flex;
    gap: 0.75em;
    padding: 0.5em;
    margin-bottom: 0.25em;
    border: 1px solid var(--line);
    border-radius: var(--ambitions-radius, 4px);
    cursor: pointer;
  }
  .right {
    border: 2px solid var(--ambitions-color-button, #007f3b);
  }
  .choice.wrong {
    border: 2px dashed var(--ambitions-color-error, #d5281b);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.5em;
  }
  .review {
    padding-inline-start: 1.5em;
  }
  .review li {
    margin-bottom: 1em;
  }
  .review p {
    margin: 0.25em 0;
  }
  .mark {
    font-weight: 600;
  }
  .print-only {
    display: none;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .fields .field {
    flex: 1 1 14em;
    margin: 0 0 0.5em;
  }
  .item-notes {
    margin: 0.25em 0 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .nav-top {
    margin: 0 0 0.5em;
  }
  .choice input {
    width: 1.5em;
    height: 1.5em;
    flex: none;
    margin: 0;
  }
  textarea,
  input,
  select {
    display: block;
    max-width: 100%;
    font: inherit;
  }
  textarea,
  [type='text'],
  select {
    width: 100%;
    padding: 0.4em;
    border: 2px solid #4c6272;
    border-radius: 0;
    min-height: 44px;
  }
  nav ol {
    padding: 0;
    list-style: none;
  }
  svg {
    display: block;
    fill: var(--brand);
  }
  .chart svg {
    width: 100%;
    max-width: 26em;
    height: auto;
  }
  .chart text {
    font-size: 15px;
    fill: currentColor;
  }
  /*
   * The chart scales with its width, and its labels with it: on a narrow screen the labels get
   * larger drawing units so they never show under 14px (docs/accessibility.md, text size).
   */
  .chart {
    margin-inline: 0;
    container-type: inline-size;
  }
  @container (max-width: 310px) {
    .chart text {
      font-size: 17px;
    }
  }
  @container (max-width: 270px) {
    .chart text {
      font-size: 19.5px;
    }
  }
  line {
    stroke: var(--line);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em 0.4em 0;
    border-bottom: 1px solid var(--line);
  }
  tbody th {
    font-weight: 400;
  }
  .compare :is(th, td) {
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  .meter {
    width: 100%;
    height: 0.5em;
    background: var(--line);
    max-width: 10em;
  }
  .next,
  .confirm,
  .data,
  blockquote {
    border-inline-start: 0.25em solid var(--brand);
    padding-inline-start: 1em;
    margin: 1em 0;
  }
  .confirm {
    border-color: var(--ambitions-color-error, #d5281b);
  }
  blockquote {
    border-color: var(--line);
    margin: 0 0 1em;
  }
  .score {
    font-size: 1.25em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    svg {
      fill: CanvasText;
    }
  }
  @media print {
    .data,
    .actions,
    .screen-only,
    .chart,
    .progress,
    nav,
    select,
    [part='status'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    /* The heading that took focus on screen prints without its highlight. */
    [tabindex]:focus-visible {
      box-shadow: none;
      outline: none;
    }
    span.print-only {
      display: inline;
    }
    .root {
      border: 0;
      padding: 0;
      font-size: 10pt;
      line-height: 1.3;
    }
    .meeting-line {
      font-size: 1.1em;
      margin: 0 0 0.5em;
    }
    [part~='screen-title'] {
      margin: 0 0 0.25em;
      font-size: 1.4em;
    }
    [part~='subtitle'] {
      margin: 0.75em 0 0.25em;
      font-size: 1.15em;
      break-after: avoid;
    }
    p,
    ul {
      margin: 0.25em 0;
    }
    th,
    td {
      padding: 0.15em 0.5em 0.15em 0;
    }
    table {
      margin: 0 0 0.5em;
    }
    tr {
      break-inside: avoid;
    }
    /* On paper a word wraps only when it cannot fit a line: never "Understan/ding" (issue 27). */
    .compare :is(th, td) {
      overflow-wrap: break-word;
    }
    .next {
      break-inside: avoid;
      margin: 0.5em 0;
    }
  }
`;
