import { expect } from '@open-wc/testing';
import { report } from './frame.js';

/**
 * Axe on every story of the built Storybook (storybook-static/index.json), each loaded in its own
 * frame from the static build. Run by `npm run test:stories` after `npm run storybook:build`.
 */
interface StoryIndex {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
}
interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
}
type AxeWindow = Window & { axe?: { run(context: Element): Promise<AxeResult> } };

async function storyIds(): Promise<string[]> {
  const response = await fetch('/storybook-static/index.json');
  expect(response.ok, 'storybook-static/index.json (run npm run storybook:build first)').to.equal(
    true,
  );
  const index = (await response.json()) as StoryIndex;
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

/** Loads one story and waits until its elements have rendered their shadow roots. */
async function loadStory(frame: HTMLIFrameElement, id: string): Promise<Element> {
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  });
  const doc = frame.contentDocument!;
  const end = Date.now() + 20000;
  for (;;) {
    const root = doc.querySelector('#storybook-root');
    const hosts = root
      ? [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'))
      : [];
    if (hosts.length > 0 && hosts.every((el) => el.shadowRoot?.querySelector('.root')))
      return root!;
    if (Date.now() > end)
      throw new Error(
        `story ${id} did not render: ${hosts.map((h) => `${h.localName}:${Boolean(h.shadowRoot)}:${h.shadowRoot?.innerHTML.slice(0, 100)}`).join(' ')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function axeIn(frame: HTMLIFrameElement): Promise<AxeWindow['axe']> {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = frame.contentDocument!.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('axe-core did not load'));
      frame.contentDocument!.head.append(script);
    });
  }
  return win.axe!;
}

describe('accessibility sweep: every Storybook story', () => {
  it('has no axe violation in any story', async () => {
    const ids = await storyIds();
    expect(ids.length).to.be.greaterThan(10);
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '800px';
    frame.title = 'story';
    document.body.append(frame);
    const found: string[] = [];
    try {
      for (const id of ids) {
        const root = await loadStory(frame, id);
        const axe = await axeIn(frame);
        const result = await axe!.run(root);
        for (const v of result.violations) found.push(`${id}: ${v.id} (${v.nodes.length})`);
      }
    } finally {
      frame.remove();
    }
    await report({ stories: ids.length, 'axe checks': ids.length, 'axe violations': found.length });
    expect(found).to.deep.equal([]);
  });
});
