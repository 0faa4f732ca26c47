import { executeServerCommand } from '@web/test-runner-commands';
import { ELEMENT_TAGS } from '../../src/components/shared/element-attributes.js';

/** What probe.js records inside a hostile page. */
export interface Probe extends Window {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
}

export interface HostilePage {
  frame: HTMLIFrameElement;
  win: Probe;
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];

/** Every element in `root` and, recursively, in the open shadow roots below it. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Our elements (top level and nested, e.g. the guide's cards). */
export function ourElements(doc: Document): HTMLElement[] {
  return deepElements(doc).filter((el) =>
    (ELEMENT_TAGS as readonly string[]).includes(el.localName),
  ) as HTMLElement[];
}

/** Waits until every one of our elements on the page has rendered (nested ones too). */
export async function settle(doc: Document): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(
      ourElements(doc).map(
        (el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Presses the quiz's Start button as a reader would and waits for the first item to render. */
export async function startQuiz(quiz: Element, doc: Document): Promise<void> {
  const start = [...quiz.shadowRoot!.querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === 'Start',
  )!;
  start.click();
  await settle(doc);
}

/**
 * Loads `/hostile/<name>.html` (served with a strict CSP header) in a same-origin iframe of
 * `width` px and waits until its elements are defined and rendered.
 */
export async function loadPage(name: string, width = 1024): Promise<HostilePage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  frame.title = name;
  document.body.append(frame);
  frames.push(frame);
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${name} did not load`)), {
      once: true,
    });
    frame.src = `/hostile/${name}.html?run=${Math.random().toString(36).slice(2)}`;
  });
  const win = frame.contentWindow as unknown as Probe;
  const doc = frame.contentDocument!;
  const tags = ELEMENT_TAGS.filter((tag) => doc.querySelector(tag));
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  await settle(doc);
  return { frame, win, doc };
}

/** Removes the frames loadPage() added. */
export function removeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Adds figures to the run's summary line (see scripts/hostile-server.mjs). */
export async function report(figures: Record<string, number>): Promise<void> {
  await executeServerCommand('hostile-figures', figures);
}

/** True in the engine that runs the large generated (fast-check) runs once per suite. */
export const isChromium = /Chrome\//.test(navigator.userAgent);
