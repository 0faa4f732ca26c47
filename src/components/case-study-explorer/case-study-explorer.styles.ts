import { css } from 'lit';

export const explorerStyles = css`
  .note {
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
    padding: 0.25em 0 0.25em 0.75em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    margin: 0 0 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    flex: 1 1 14em;
    min-width: 0;
  }
  label,
  .count,
  .local-label {
    font-weight: 600;
  }
  select,
  input {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: 2px solid var(--ambitions-color-text, #212b32);
    border-radius: 0;
    background: var(--ambitions-color-surface, #ffffff);
    color: var(--ambitions-color-text, #212b32);
  }
  .list {
    list-style: none;
    padding: 0;
  }
  .study {
    border-top: 1px solid var(--ambitions-color-border, #d8dde0);
    padding: 0.75em 0;
  }
  .study p {
    margin: 0 0 0.5em;
  }
  .meta {
    font-size: max(14px, 0.875em);
    color: var(--ambitions-color-text-secondary, var(--ambitions-color-secondary-text, #4c6272));
  }
  .local {
    border-inline-start: 3px dashed var(--ambitions-color-brand, #005eb8);
    padding-inline-start: 0.75em;
  }
  .local-label {
    display: inline-block;
    padding: 0 0.375em;
    border: 1px solid currentColor;
    border-radius: var(--ambitions-radius, 4px);
    font-size: max(14px, 0.875em);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .tags li {
    font-size: max(14px, 0.875em);
    border: 1px solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    padding: 0 0.4em;
  }
  .empty {
    padding: 1em;
    border: 1px solid var(--ambitions-color-border, #d8dde0);
  }
  .empty button {
    border: 2px solid var(--ambitions-color-brand, #005eb8);
    background: var(--ambitions-color-brand, #005eb8);
    color: var(--ambitions-color-on-brand, #ffffff);
    border-radius: var(--ambitions-radius, 4px);
    padding: 0.25em 1em;
  }
  .attribution {
    font-size: max(14px, 0.875em);
  }
  .exchange {
    border-inline-start: 3px solid var(--ambitions-color-border, #d8dde0);
    padding-inline-start: 0.75em;
  }
  .origin {
    font-size: 0.875em;
    font-weight: 600;
  }
  .voice-flag {
    font-size: 0.875em;
    margin: 0.25em 0;
    padding: 0.25em 0.5em;
    border-inline-start: 4px solid var(--ambitions-color-warning, #ffb81c);
  }
  .exchange-count {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .sources-failed {
    margin: 1em 0;
    padding: 0.75em 1em;
    border: 1px solid var(--ambitions-color-border, #d8dde0);
  }
  .sources-failed-title {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .sources-failed ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .url {
    overflow-wrap: anywhere;
  }
`;
