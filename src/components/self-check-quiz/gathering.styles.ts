import { css } from 'lit';

/**
 * Meeting mode's gathering of members' ratings and the spread on each item (issue 28). The
 * spread's counts are the largest type on the item after its title: read from the back of a room
 * on a projector at 1280x720, and kept tight so they stay above the button bar there.
 */
export const gatheringStyles = css`
  .gathering {
    margin: 0 0 1em;
  }
  .gathering [role='group'] {
    border: 1px solid var(--line);
    border-inline-start: 0.25em solid var(--brand);
    padding: 0.75em 1em;
    margin-top: 0.5em;
  }
  #member-code {
    min-height: 44px;
    width: min(100%, 16em);
    padding: 0.4em;
    border: 2px solid #4c6272;
    font: inherit;
    font-family: ui-monospace, monospace;
    letter-spacing: 0.08em;
  }
  #member-code[aria-invalid='true'] {
    border-color: var(--ambitions-color-error, #d5281b);
  }
  .problem:empty,
  .scan-message:empty {
    display: none;
  }
  .problem {
    border-inline-start: 0.3em solid var(--ambitions-color-error, #d5281b);
    padding-inline-start: 0.5em;
    font-weight: 600;
  }
  .members {
    padding-inline-start: 1.5em;
  }
  .members li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    margin: 0 0 0.25em;
  }
  .code {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
  }
  .scanner-video {
    display: block;
    width: min(100%, 24em);
    border: 1px solid var(--line);
  }
  .spread {
    margin: 0.25em 0 0.75em;
  }
  .spread-counts {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.4em;
    list-style: none;
    margin: 0.25em 0;
    padding: 0;
  }
  .spread-counts li {
    border: 1px solid var(--line);
    padding: 0.15em 0.4em;
    text-align: center;
    display: flex;
    flex-direction: column;
  }
  .spread-counts li.chosen {
    border: 2px solid var(--brand);
  }
  .spread-count {
    font-size: 2.2em;
    font-weight: 700;
    line-height: 1;
  }
  .spread-stage {
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .far-apart-flag {
    border-inline-start: 0.3em solid var(--ambitions-color-error, #d5281b);
    padding-inline-start: 0.5em;
  }
  .spread-line {
    margin: 0.25em 0 0;
  }
  /* Beside the stage choice: one line at 1280 px, still read from the back (>= 20 px). */
  .where .spread-line {
    margin: 0 0 0.4em;
    font-size: max(20px, 0.85em);
  }
  @media print {
    .gathering {
      display: none;
    }
  }
`;
