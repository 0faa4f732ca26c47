import { css, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * The font when the page sets none on the element's ancestors. GOV.UK Frontend sets its font on
 * classes (`.govuk-body`), not on `body`, so `inherit` alone would land on the browser's default
 * serif (Times New Roman). This stack is the system's sans-serif on every platform.
 */
const systemFontSheet = css`
  .root {
    font-family: var(
      --ambitions-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
  }
`;

/**
 * What each engine reports for an element whose ancestors set no font: Chromium "Times New Roman"
 * (Times on macOS), Firefox `serif`, WebKit `-webkit-standard`. (Probing with
 * `font-family: initial` does not work: inside a shadow root WebKit resolves it to the inherited
 * font.) A page that sets one of these itself gets the sans-serif too; it can set
 * `--ambitions-font-family` to keep it.
 */
const BROWSER_DEFAULTS = new Set(['serif', '-webkit-standard', 'times new roman', 'times']);
export const isBrowserDefaultFont = (family: string): boolean =>
  BROWSER_DEFAULTS.has(family.replace(/["']/g, '').trim().toLowerCase());

/**
 * Keeps the host page's font (inherited through the element) unless that font is the browser's
 * default serif, which means the page set none where the element sits: then the system sans-serif
 * stack applies. `--ambitions-font-family` wins over both. Checked after each render (cheap: one
 * computed-style read), so a page that sets its font later is followed.
 */
export class HostFontController implements ReactiveController {
  private usesSystemFont = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const sheet = systemFontSheet.styleSheet;
    if (typeof getComputedStyle !== 'function' || !sheet || !('adoptedStyleSheets' in root)) return;
    const wanted = isBrowserDefaultFont(getComputedStyle(this.host).fontFamily);
    if (wanted === this.usesSystemFont) return;
    this.usesSystemFont = wanted;
    const others = root.adoptedStyleSheets.filter((s) => s !== sheet);
    root.adoptedStyleSheets = wanted ? [...others, sheet] : others;
  }
}
