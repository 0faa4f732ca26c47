import { css } from 'lit';

/**
 * The "A1 Each person is seen as an individual" rows that the card and the guide both list: one
 * badge per Ambition beside its title. The guide colours its badges with the brand afterwards.
 */
export const ambitionBadgeStyles = css`
  .ambitions li {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
  }
  .ambition-id {
    flex: none;
    display: inline-block;
    min-width: 2.2em;
    padding: 0 0.3em;
    border-radius: var(--ambitions-radius, 4px);
    background: var(--ambitions-color-accent, #e8edee);
    font-weight: 600;
    text-align: center;
  }
`;
