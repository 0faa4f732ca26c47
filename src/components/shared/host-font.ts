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

/** The browser's default font (what an element gets when nothing sets one), read once. */
let browserDefault: string | undefined;
function browserDefaultFont(within: Node & ParentNode): string {
  if (browserDefault === undefined) {
    const probe = document.createElement('span');
    probe.style.setProperty('font-family', 'initial'); // CSSOM: allowed under a strict CSP
    within.append(probe);
    browserDefault = getComputedStyle(probe).fontFamily;
    probe.remove();
  }
  return browserDefault;
}

/**
 * Keeps the host page's font (inherited through the element) unless that font is the browser's
 * default, which means the page set none where the element sits: then the system sans-serif
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
    const inherited = getComputedStyle(this.host).fontFamily;
    const wanted = inherited === browserDefaultFont(root);
    if (wanted === this.usesSystemFont) return;
    this.usesSystemFont = wanted;
    const others = root.adoptedStyleSheets.filter((s) => s !== sheet);
    root.adoptedStyleSheets = wanted ? [...others, sheet] : others;
  }
}
