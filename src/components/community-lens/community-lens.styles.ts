import { css } from 'lit';

export const lensStyles = css`
  blockquote {
    margin: 0 0 1em;
    padding: 0.25em 0 0.25em 0.75em;
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
  }
  blockquote p {
    margin: 0;
  }
  .section {
    border-top: 1px solid var(--ambitions-color-border, #d8dde0);
    padding-top: 0.5em;
    margin-top: 1em;
  }
  .source,
  .meta {
    font-size: 0.875em;
    color: var(--ambitions-color-text-secondary, var(--ambitions-color-secondary-text, #4c6272));
    margin: 0 0 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.75em;
  }
  .list {
    list-style: none;
    padding: 0;
  }
  .list li {
    border-top: 1px solid var(--ambitions-color-border, #d8dde0);
    padding: 0.5em 0;
  }
  .list p {
    margin: 0 0 0.25em;
  }
  .recommendations li {
    margin-bottom: 0.5em;
  }
  .attribution {
    font-size: 0.875em;
  }
`;
