import { css } from 'lit';

/** The small-steps plan screen, its one-page printout, and meeting mode. */
export const planMeetingStyles = css`
  .field {
    margin: 0 0 1em;
  }
  .two {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0 1em;
  }
  [type='date'] {
    min-height: 44px;
    padding: 0.4em;
    border: 2px solid #4c6272;
    font: inherit;
  }
  .hint ul {
    margin: 0.25em 0 0.5em;
  }
  .plan-step,
  .reviewed {
    border: 1px solid var(--line);
    border-inline-start: 0.25em solid var(--brand);
    padding: 0.75em 1em;
    margin: 0 0 1em;
  }
  .plan-step legend,
  .reviewed legend {
    float: left;
    width: 100%;
    font-size: 1.1em;
  }
  .plan-step legend + *,
  .reviewed legend + * {
    clear: both;
  }
  .choose {
    padding: 0;
    list-style: none;
  }
  .choose li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--line);
  }
  .choose button {
    margin-inline-start: auto;
  }
  .outcomes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .outcomes .choice {
    margin: 0;
  }
  .quote {
    margin: 1em 0;
  }
  .quote blockquote p {
    margin: 0;
  }
  .quote figcaption {
    color: var(--ambitions-color-text-secondary, #4c6272);
    font-size: 0.9em;
  }
  .plan-print {
    display: none;
  }
  .trend-line {
    display: block;
    fill: var(--brand);
    stroke: var(--brand);
  }
  .trend-line polyline {
    fill: none;
    stroke-width: 2;
  }
  .trend td {
    white-space: nowrap;
  }
  .held-back {
    margin: 0.75em 0 0;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 44px;
  }
  .check input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .held-back-line {
    margin: 0.25em 0 0;
  }
  /* Saved or not, next to the controls (issue 27). */
  .save-state {
    align-self: center;
    padding: 0.2em 0.6em;
    border: 2px solid currentColor;
    border-radius: 1em;
    font-weight: 600;
    font-size: 0.9em;
  }
  /* On a projector the badge is read from the back of the room like the rest (>= 20 px). */
  .meeting .save-state {
    font-size: max(20px, 0.9em);
  }
  .save-state.saved {
    color: #00703c;
  }
  .save-state.unsaved {
    color: #8a1f11;
  }

  /* Meeting mode: type grows with the element's width (container query units), for a room. */
  .meeting {
    container-type: inline-size;
  }
  .meeting [part='step'],
  .meeting [part='start'] {
    font-size: 1.125em;
    font-size: clamp(1em, 1.9cqi, 2.25em);
  }
  .meeting [part~='screen-title'] {
    font-size: 1.5em;
    margin-top: 0.25em;
  }
  .meeting [part~='subtitle'] {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }
  .meeting .what {
    max-width: 50em;
  }
  /*
   * On a projector (issue 27): Back and Next stay on screen at the bottom while the item scrolls,
   * and the stage buttons scroll into view above them; the results and plan read from the back
   * of a room (never under 20px) with a chart across the width.
   */
  .meeting [part='step'] > [part~='nav'] {
    position: sticky;
    bottom: 0;
    z-index: 1;
    margin: 0;
    padding: 0.35em 0;
    background: var(--ambitions-color-surface, #ffffff);
    border-top: 1px solid var(--line);
  }
  .meeting :is(.where, .held-back) {
    scroll-margin-bottom: 4.5em;
  }
  /*
   * On a laptop the saved badge wrapped the bar to two rows (144 px of a 720 px screen), covering
   * the members' spread: from 960 px the bar keeps one row and the badge's words wrap inside it.
   */
  @container (min-width: 960px) {
    .meeting [part='step'] > [part~='nav'] {
      flex-wrap: nowrap;
    }
    .meeting [part~='nav'] .save-state {
      flex: 0 1 auto;
      min-width: 0;
    }
  }
  .meeting [part='results'],
  .meeting [part='plan'] {
    font-size: clamp(20px, 1.7cqi, 2em);
  }
  .meeting :is([part='results'], [part='plan']) :is(.small, figcaption, .hint, td, th, label) {
    font-size: max(20px, 1em);
  }
  .meeting .chart svg {
    max-width: none;
  }
  .asks li {
    margin: 0 0 0.4em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .asks li:last-child {
      animation: ambitions-reveal 0.3s ease-out;
    }
  }
  @keyframes ambitions-reveal {
    from {
      transform: translateY(0.5em);
    }
  }
  .stage-buttons {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.5em;
  }
  button.stage {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    align-items: flex-start;
    text-align: start;
    padding: 0.6em 0.75em;
    min-height: 3em;
    font-weight: 400;
  }
  button.stage strong {
    font-size: 1.15em;
  }
  button.stage span {
    font-size: 0.75em;
  }
  button.stage[aria-pressed='true'] {
    background: var(--brand);
    color: #ffffff;
    outline: 3px solid var(--ambitions-color-text, #212b32);
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .timer p {
    margin: 0;
  }
  .clock {
    font-size: 1.4em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    margin-inline-start: 0.5em;
  }
  .time-up {
    font-weight: 600;
  }
  :host(:fullscreen) {
    overflow: auto;
    background: var(--ambitions-color-surface, #ffffff);
  }

  @media print {
    [part='plan'] > [part~='screen-title'],
    .plan-screen {
      display: none !important;
    }
    .plan-print {
      display: block;
      font-size: 11pt;
    }
    .print-title {
      font-size: 1.6em;
      font-weight: 600;
      margin: 0 0 0.25em;
    }
    .plan-list {
      list-style: none;
      padding: 0;
    }
    .plan-print li {
      break-inside: avoid;
      margin-bottom: 0.75em;
    }
    .plan-print dl {
      display: grid;
      grid-template-columns: 9em 1fr;
      gap: 0.15em 0.75em;
      margin: 0.35em 0 0;
    }
    .plan-print dt {
      font-weight: 600;
    }
    .plan-print dd {
      margin: 0;
      white-space: pre-wrap;
    }
  }
`;
