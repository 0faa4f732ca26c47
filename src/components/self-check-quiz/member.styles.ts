import { css } from 'lit';

/** The member view's own styles: the code large enough to read across a table, the QR square. */
export const memberStyles = css`
  .member-code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 2em;
    font-weight: 700;
    letter-spacing: 0.08em;
    line-height: 1.3;
    overflow-wrap: anywhere;
    margin: 0.5em 0;
  }
  /* A group is never split: the code wraps between groups only (see codeGroups). */
  .code-group {
    white-space: nowrap;
  }
  .member-qr-box {
    max-width: 16em;
  }
  .member-qr {
    display: block;
    width: 100%;
    height: auto;
  }
  .spelling {
    columns: 2 9em;
    padding-inline-start: 2em;
  }
  .spelling strong {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
  }
  .member-list {
    padding-inline-start: 1.5em;
  }
`;
