import { css } from 'lit';

export const quizStyles = css`
  .root {
    background: var(--ambitions-color-surface, #ffffff);
    border-block-start: 0.25em solid var(--ambitions-color-brand, #005eb8);
    padding: var(--ambitions-space, 1em);
    max-width: 100%;
  }
  [part='question'] [part~='screen-title'] {
    font-size: 1.25em;
  }
  [part~='screen-title']:focus {
    outline: none;
  }
  [part~='screen-title']:focus-visible {
    box-shadow: 0 0 0 3px var(--ambitions-focus-color, #ffeb3b);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1em 0;
  }
  button {
    border: 2px solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    background: var(--ambitions-color-surface, #ffffff);
    color: var(--ambitions-color-brand, #005eb8);
    padding: 0.4em 1em;
    font-weight: 600;
  }
  button.primary {
    background: var(--ambitions-color-button, #007f3b);
    border-color: var(--ambitions-color-button, #007f3b);
    color: #ffffff;
  }
  button.warning {
    background: var(--ambitions-color-error, #d5281b);
    border-color: var(--ambitions-color-error, #d5281b);
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
  .link-button[aria-current='step'] {
    font-weight: 600;
    text-decoration: none;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  progress {
    flex: 1 1 8em;
    height: 0.75em;
    accent-color: var(--ambitions-color-brand, #005eb8);
  }
  .added,
  .small {
    color: var(--ambitions-color-text-secondary, #4c6272);
    font-size: 0.9em;
  }
  details {
    margin: 0 0 1em;
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
    margin: 0 0 1em;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.5em;
    padding: 0;
  }
  .choice {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.5em;
    margin-bottom: 0.25em;
    border: 1px solid #d8dde0;
    border-radius: var(--ambitions-radius, 4px);
    cursor: pointer;
  }
  .choice.right {
    border: 2px solid var(--ambitions-color-button, #007f3b);
  }
  .choice input {
    width: 1.5em;
    height: 1.5em;
    flex: none;
    margin: 0;
    accent-color: var(--ambitions-color-brand, #005eb8);
  }
  textarea,
  input[type='text'],
  select {
    display: block;
    width: 100%;
    font: inherit;
    padding: 0.4em;
    border: 2px solid #4c6272;
    border-radius: 0;
    min-height: 44px;
  }
  input[type='file'] {
    max-width: 100%;
    min-width: 0;
    font: inherit;
  }
  .notes-label,
  .field label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  nav ol {
    padding-inline-start: 0;
    list-style: none;
  }
  .chart {
    margin: 1em 0;
  }
  .chart svg {
    width: 100%;
    max-width: 26em;
    height: auto;
    display: block;
  }
  .bar {
    fill: var(--ambitions-color-brand, #005eb8);
  }
  .grid {
    stroke: #d8dde0;
  }
  .axis {
    font-size: 15px;
    fill: currentColor;
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
    border-bottom: 1px solid #d8dde0;
    font-weight: 400;
  }
  .compare :is(th, td) {
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  thead th {
    font-weight: 600;
  }
  .meter {
    display: block;
    width: 100%;
    height: 0.5em;
    background: #d8dde0;
    max-width: 10em;
  }
  .meter rect {
    fill: var(--ambitions-color-brand, #005eb8);
  }
  .next,
  .confirm,
  .data {
    border-inline-start: 0.25em solid var(--ambitions-color-brand, #005eb8);
    padding-inline-start: 1em;
    margin: 1em 0;
  }
  .confirm {
    border-color: var(--ambitions-color-error, #d5281b);
  }
  blockquote {
    margin: 0 0 1em;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid #d8dde0;
  }
  .feedback:empty {
    display: none;
  }
  .score {
    font-size: 1.25em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .bar,
    .meter rect {
      fill: CanvasText;
    }
  }
  @media print {
    .data,
    .actions,
    nav,
    .compare select {
      display: none !important;
    }
    .root {
      border: 0;
      padding: 0;
    }
    .next {
      break-inside: avoid;
    }
  }
`;
