import { css, type ReactiveElement } from 'lit';

/**
 * The font when the page sets none where the element sits. GOV.UK Frontend sets its font on
 * classes (`.govuk-body`), not on `body`, so `inherit` alone would land on the browser's default
 * serif (Times New Roman). Then the system's sans-serif applies; `--ambitions-font-family` wins.
 */
const systemFont = css`
  /* Screens only: on paper the browser's serif reads well and keeps the guide to two A4 pages,
     where a wide system sans-serif (DejaVu Sans on Linux) would need three. */
  @media screen {
    .root,
    .form-off {
      font-family: var(--ambitions-font-family, system-ui, sans-serif);
    }
  }
`;

/**
 * What each engine reports for an element whose ancestors set no font: Chromium "Times New Roman"
 * (Times on macOS), Firefox `serif`, WebKit `-webkit-standard`. (Probing with
 * `font-family: initial` does not work: in a shadow root WebKit resolves it to the inherited
 * font.) A page that sets one of these itself gets the sans-serif too; `--ambitions-font-family`
 * keeps it.
 */
export const isBrowserDefaultFont = (family: string): boolean =>
  /^(serif|-webkit-standard|times( new roman)?)$/i.test(family.replace(/["']/g, '').trim());

/**
 * Keeps the host page's font (inherited through the element) unless it is the browser's default
 * serif. The first render is checked at once (one computed-style read), so its first paint has the
 * right font; later renders in the next frame, just before its style and paint, so a page that
 * sets its font later is followed. Checking after every render read the computed style inside each
 * update, which made the browser restyle the element there and then (issue 31: most of a map
 * selection's or a quiz answer's update on a phone CPU); the frame restyles it anyway.
 */
export function followHostFont(host: ReactiveElement): void {
  let applied = false;
  /** Undefined until the first check; then the pending frame's id, or 0. */
  let frame: number | undefined;
  const check = () => {
    frame = 0;
    const root = host.renderRoot as ShadowRoot;
    const sheet = systemFont.styleSheet;
    if (!host.isConnected || !sheet || !root.adoptedStyleSheets) return;
    const wanted = isBrowserDefaultFont(getComputedStyle(host).fontFamily);
    if (wanted === applied) return;
    applied = wanted;
    const others = root.adoptedStyleSheets.filter((s) => s !== sheet);
    root.adoptedStyleSheets = wanted ? [...others, sheet] : others;
  };
  host.addController({
    hostUpdated: () => (frame === undefined ? check() : (frame ||= requestAnimationFrame(check))),
  });
}
