import { css } from 'lit';

/**
 * For the elements with a <select> (explorer, quiz, summary), in a module of its own (not
 * baseStyles) so a lone card does not carry it. WebKit draws no box-shadow on a <select> (native menu-list look), so
 * the focus ring of baseStyles is invisible there: a <select> also gets a dark outline.
 */
export const selectStyles = css`
  .root select:focus {
    outline: 3px solid var(--ambitions-color-text, #212b32);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--ambitions-focus-color, #ffeb3b);
  }
`;
