import { css } from 'lit';

/** The guide's layout. Every token carries its fallback inline; sizes in em/px, never rem. */
export const guideStyles = css`
  .header {
    margin-bottom: calc(var(--ambitions-space, 1em) * 1.5);
  }
  [part='title'] {
    font-size: 1.75em;
    padding-bottom: 0.25em;
    border-bottom: 0.15em solid var(--ambitions-color-brand, #005eb8);
  }
  .lead {
    font-size: 1.125em;
    font-weight: 600;
  }
  /* Ours, not the guide's text: set apart by a dashed frame and a label. */
  .added {
    border: 2px dashed var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    padding: 0.5em 0.75em;
    margin: 1em 0;
  }
  .added-label {
    margin: 0 0 0.5em;
    font-style: italic;
  }
  .ambitions {
    margin: 0;
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.25em 1em;
  }
  .ambition-id {
    background: var(--ambitions-color-brand, #005eb8);
    color: #ffffff;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: var(--ambitions-space, 1em);
    margin-bottom: calc(var(--ambitions-space, 1em) * 1.5);
  }
  .contact {
    background: var(--ambitions-color-accent, #e8edee);
    border-inline-start: 0.3em solid var(--ambitions-color-brand, #005eb8);
    border-radius: var(--ambitions-radius, 4px);
    padding: var(--ambitions-space, 1em);
    margin-bottom: calc(var(--ambitions-space, 1em) * 1.5);
  }
  .contact > :last-child,
  .contact-details {
    margin-bottom: 0;
  }
  .contact-details {
    list-style: none;
    padding: 0;
  }
  .contact-name {
    font-weight: 600;
  }
  .no-contact {
    margin: 0;
    font-style: italic;
  }
  .footnote {
    font-size: 0.875em;
    color: var(--ambitions-color-text-secondary, #4c6272);
  }
  .footnote a {
    color: inherit;
  }
  .footnote .attribution {
    border-top: 1px solid #d8dde0;
    padding-top: 0.5em;
  }
  @media (forced-colors: active) {
    .contact {
      border: 1px solid CanvasText;
    }
    .ambition-id {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    /* Denser on paper, as the original two pages are; a host's own value still wins. */
    :host {
      --ambitions-font-size: 10pt;
    }
    /* Two columns of cards, like the original's two A4 pages; no card split across a page. */
    .cards {
      grid-template-columns: 1fr 1fr;
      gap: 0.5em;
    }
    foundation-card {
      break-inside: avoid;
    }
    .contact,
    .footnote {
      break-inside: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
