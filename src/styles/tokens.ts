import { css } from 'lit';

/**
 * Design tokens and the reset every element starts from.
 *
 * Every `var()` carries its NHS.UK-like fallback inline so an element looks right on a page with
 * no stylesheet of ours. Sizes are px/em, never rem: hosts set `html { font-size: 62.5% }`.
 *
 * Host-page rules that match the host element itself (`* { line-height: 1 }`) beat `:host`, so
 * the inherited properties are reset on `.root`, the first node inside each shadow root.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    font-family: var(--ambitions-font-family, inherit);
    font-size: var(--ambitions-font-size, max(1em, 16px));
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--ambitions-color-text, #212b32);
    overflow-wrap: break-word;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-weight: 600;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  p,
  ul,
  ol {
    margin: 0 0 1em;
  }
  a {
    color: var(--ambitions-color-link, #005eb8);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--ambitions-color-link-visited, #330072);
  }
  a:hover {
    color: var(--ambitions-color-link-hover, #7c2855);
    text-decoration-thickness: 0.15em;
  }
  /*
   * Links on the accent tint (the guide's contact block, a card's local note) take the text
   * colour, which must meet AA on the tint: a host's own link colour often does not (Bootstrap's
   * #0d6efd is 3.81:1 on the default tint). The underline still marks them as links.
   */
  :is(.contact, .added-note) a:not(:focus-visible) {
    color: var(--ambitions-color-link-on-accent, var(--ambitions-color-text, #212b32));
  }
  a:focus-visible {
    outline: 3px solid transparent;
    color: #212b32;
    background-color: var(--ambitions-focus-color, #ffeb3b);
    box-shadow:
      0 -2px var(--ambitions-focus-color, #ffeb3b),
      0 4px #212b32;
    text-decoration: none;
  }
  :is(button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: 3px solid transparent;
    box-shadow:
      0 0 0 3px var(--ambitions-focus-color, #ffeb3b),
      0 0 0 7px #212b32;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 44px;
    min-width: 44px;
  }
  /* Read by screen readers, not shown: clipped to nothing, out of the layout. */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  .notice {
    border-inline-start: 0.3em solid var(--ambitions-color-error, #d5281b);
    padding: 0.5em 1em;
    background: var(--ambitions-color-surface, #ffffff);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    button {
      display: none !important;
    }
  }
`;
