import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/components/shared/element-attributes.js';
import { HEIGHT_MESSAGE_TYPE } from '../../src/embed/embed-params.js';

/**
 * The built iframe page (dist/embed/index.html, built before the browser tests by `npm test`)
 * in a real frame: what a host page that forbids scripts gets.
 */
interface HeightMessage {
  type: string;
  frameId: string | null;
  height: number;
}

const frames: HTMLIFrameElement[] = [];
const messages: Array<{ source: MessageEventSource | null; data: HeightMessage }> = [];
const onMessage = (event: MessageEvent) => {
  if (event.data?.type === HEIGHT_MESSAGE_TYPE)
    messages.push({ source: event.source, data: event.data });
};
before(() => window.addEventListener('message', onMessage));
after(() => window.removeEventListener('message', onMessage));
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
  messages.length = 0;
});

async function until<T>(check: () => T | undefined | null | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > 20000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** `page` '/__site/' is the embed page on a site with its own settings (test/embed/site/). */
async function openFrame(query: string, height = 300, page = '/dist/'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Embedded guide';
  frame.style.width = '600px';
  frame.style.height = `${height}px`;
  frame.src = `${page}embed/index.html${query}`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

function frameElement(frame: HTMLIFrameElement, tag: string): HTMLElement | null {
  return frame.contentDocument!.querySelector<HTMLElement>(`#embed > ${tag}`);
}

/** All the text of the element, its shadow root and the shadow roots inside it. */
function deepText(node: Element | ShadowRoot): string {
  let text = '';
  const walk = (root: Element | ShadowRoot) => {
    for (const child of root.querySelectorAll('*')) {
      if (child.shadowRoot) walk(child.shadowRoot);
    }
    text += ` ${root.textContent}`;
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

async function renderedText(frame: HTMLIFrameElement, tag: string, expected = ''): Promise<string> {
  const element = await until(() => frameElement(frame, tag)?.shadowRoot, `<${tag}> to render`);
  await until(() => deepText(element).trim().length > 40, `<${tag}> text`);
  if (expected) await until(() => deepText(element).includes(expected), `"${expected}"`);
  return deepText(element);
}

function heightsFrom(frame: HTMLIFrameElement): HeightMessage[] {
  return messages.filter((m) => m.source === frame.contentWindow).map((m) => m.data);
}

describe('embed page: dist/embed/index.html', function () {
  // Frames load the built bundle; a busy machine running three engines needs the room.
  this.timeout(40000);
  it('shows the guide with the local contact and posts its height (Done when)', async () => {
    const frame = await openFrame('?element=grab-and-go-guide&frame-id=guide', 300, '/__site/');
    const text = await renderedText(frame, 'grab-and-go-guide', 'Evidence and information');
    expect(text).to.contain('St Example Hospice');
    const posted = await until(
      () => heightsFrom(frame).find((m) => m.height > 1000),
      'a height message',
    );
    expect(posted.frameId).to.equal('guide');
    const doc = frame.contentDocument!.documentElement;
    await until(
      () => heightsFrom(frame).at(-1)!.height === Math.ceil(doc.getBoundingClientRect().height),
      'the last message to match the content height',
    );
  });

  it('shows each of the five elements', async () => {
    for (const tag of ELEMENT_TAGS) {
      const frame = await openFrame(`?element=${tag}&heading-level=3`);
      const text = await renderedText(frame, tag);
      expect(text.length, tag).to.be.greaterThan(40);
      expect(frame.contentDocument!.querySelector('.embed-message'), tag).to.equal(null);
      expect(frameElement(frame, tag)!.getAttribute('heading-level')).to.equal('3');
      // Privacy: the page fetched only its own files, and stored nothing without an opt-in.
      const resources = () =>
        frame
          .contentWindow!.performance.getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          // The test server's own live-reload script, injected into every page it serves.
          .filter((path) => !path.startsWith('/__web-dev-server'));
      const fetched = await until(() => resources().length >= 4 && resources(), 'four files');
      expect(fetched.sort(), tag).to.deep.equal([
        '/dist/cdn/ambitions-elements.js',
        '/dist/embed/embed.css',
        '/dist/embed/embed.js',
        '/dist/embed/site.json', // the site's settings, beside the page (none here: a 404)
      ]);
      expect(frame.contentWindow!.localStorage.length, tag).to.equal(0);
      expect(frame.contentWindow!.sessionStorage.length, tag).to.equal(0);
      expect(frame.contentDocument!.cookie, tag).to.equal('');
      frame.remove();
    }
  });

  it('sets attributes and brand colours from parameters', async () => {
    const frame = await openFrame(
      '?element=foundation-card&foundation=3&collapsible&brand=%23702082&surface=rgb(250,250,240)',
    );
    const text = await renderedText(frame, 'foundation-card');
    expect(text).to.contain('Evidence and information');
    const card = frameElement(frame, 'foundation-card')!;
    expect(card.hasAttribute('collapsible')).to.equal(true);
    const style = frame.contentWindow!.getComputedStyle(card);
    expect(style.getPropertyValue('--ambitions-color-brand').trim()).to.equal('#702082');
    // A collapsible card starts closed; its summary opens it and the frame says it grew.
    const before = heightsFrom(frame).at(-1)?.height ?? 0;
    card.shadowRoot!.querySelector('summary')!.click();
    await until(() => (heightsFrom(frame).at(-1)?.height ?? 0) > before, 'a larger height');
  });

  it("offers the quiz's member view: mode=member shows the member's private rating (issue 28)", async () => {
    const frame = await openFrame('?element=self-check-quiz&mode=member', 700);
    const text = await renderedText(frame, 'self-check-quiz', 'Rate on your own first');
    expect(text).to.contain('Rate on your own first');
    expect(frameElement(frame, 'self-check-quiz')!.getAttribute('mode')).to.equal('member');
    expect(frame.contentDocument!.querySelector('.embed-message')).to.equal(null);
    const bad = await openFrame('?element=self-check-quiz&mode=exam');
    await renderedText(bad, 'self-check-quiz');
    // The quiz reflects its default view.
    expect(frameElement(bad, 'self-check-quiz')!.getAttribute('mode')).to.equal('reflect');
    expect(bad.contentDocument!.querySelector('.embed-message')!.textContent).to.contain(
      'mode: "exam" is not one of reflect, knowledge, meeting, member; ignored.',
    );
  });

  it('shows a clear message for an unknown or missing element', async () => {
    const frame = await openFrame('?element=nonsense');
    const box = await until(
      () => frame.contentDocument!.querySelector('.embed-message'),
      'a message',
    );
    expect(box.textContent).to.contain('could not be shown');
    expect(box.textContent).to.contain('"nonsense" is not available');
    expect(box.textContent).to.contain('grab-and-go-guide');
    await until(() => heightsFrom(frame).length > 0, 'a height message for the message');
    const missing = await openFrame('');
    const missingBox = await until(
      () => missing.contentDocument!.querySelector('.embed-message'),
      'a message',
    );
    expect(missingBox.textContent).to.contain('element: missing');
  });

  it('names bad colours and unknown parameters and still shows the element', async () => {
    const frame = await openFrame(
      '?element=foundation-card&foundation=2&brand=red;background:url(x)&colour=blue',
    );
    const box = await until(
      () => frame.contentDocument!.querySelector('.embed-message'),
      'a message',
    );
    expect(box.textContent).to.contain('brand:');
    expect(box.textContent).to.contain('not a colour');
    expect(box.textContent).to.contain('colour: not a setting of <foundation-card>');
    expect(await renderedText(frame, 'foundation-card')).to.contain('Shared records');
    const style = frame.contentWindow!.getComputedStyle(frame.contentDocument!.documentElement);
    expect(style.getPropertyValue('--ambitions-color-brand')).to.equal('');
  });

  it('resize.js on the host page sets each frame to its content height', async () => {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/dist/embed/resize.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    const frame = await openFrame('?element=foundation-card&foundation=1', 50);
    const other = await openFrame('?element=nonsense', 50);
    await until(() => heightsFrom(frame).some((m) => m.height > 300), 'a height message');
    const wanted = `${heightsFrom(frame).at(-1)!.height}px`;
    await until(() => frame.style.height === wanted, `the frame to be ${wanted} tall`);
    expect(frame.clientHeight).to.be.closeTo(parseFloat(wanted), 1);
    await until(
      () => other.style.height === `${heightsFrom(other).at(-1)?.height}px`,
      'the message frame to fit',
    );
    expect(parseFloat(other.style.height)).to.be.lessThan(parseFloat(wanted));
  });

  it("works under Content-Security-Policy: default-src 'self'", async () => {
    const frame = await openFrame(
      '?csp=1&element=grab-and-go-guide&brand=%23702082',
      300,
      '/__site/',
    );
    const win = frame.contentWindow as Window & { cspViolations?: string[] };
    expect(win.cspViolations, 'the recorder ran, so the header applied').to.be.an('array');
    const text = await renderedText(frame, 'grab-and-go-guide');
    expect(text).to.contain('St Example Hospice');
    const guide = frameElement(frame, 'grab-and-go-guide')!;
    expect(win.getComputedStyle(guide).getPropertyValue('--ambitions-color-brand').trim()).to.equal(
      '#702082',
    );
    // An inline script is refused, which shows the policy is in force.
    const probe = frame.contentDocument!.createElement('script');
    probe.textContent = 'window.inlineRan = true;';
    frame.contentDocument!.head.append(probe);
    await until(() => win.cspViolations!.length > 0, 'the probe to be refused');
    expect((win as Window & { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    // Refused by the header and by the page's own meta policy: every violation is that script.
    for (const violation of win.cspViolations!) expect(violation).to.match(/^script-src/);
  });
});

/** Every resource the frame requested that is not on this test server's origin. */
function foreignRequests(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).origin !== location.origin);
}

describe('embed page: what a link can change', function () {
  this.timeout(40000);

  it('a link cannot set the contact, the local content or the links', async () => {
    const attack =
      '?element=grab-and-go-guide&contact-name=URGENT%20LINE&contact-phone=0906%20000%200000' +
      '&contact-url=https%3A%2F%2Fevil.example%2F&content-src=%2Fuploads%2Fany.json';
    const frame = await openFrame(attack, 300, '/__site/');
    const text = await renderedText(frame, 'grab-and-go-guide', 'St Example Hospice');
    expect(text).not.to.contain('URGENT LINE');
    expect(text).not.to.contain('0906');
    expect(text).to.contain('01234 567890'); // the site's own number, from its settings file
    const guide = frameElement(frame, 'grab-and-go-guide')!;
    for (const name of ['contact-url', 'content-src'])
      expect(guide.hasAttribute(name), name).to.equal(false);
    const requested = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname);
    expect(requested).not.to.include('/uploads/any.json');
    const box = frame.contentDocument!.querySelector('.embed-message')!;
    for (const name of ['contact-name', 'contact-phone', 'contact-url', 'content-src'])
      expect(box.textContent).to.contain(`${name}: cannot be set from the address`);

    const map = await openFrame(
      '?element=ambition-map&selected=f1&item-href=https%3A%2F%2Fevil.example%2F%7Bn%7D',
      300,
      '/__site/',
    );
    const element = await until(() => frameElement(map, 'ambition-map'), 'the map');
    expect(element.getAttribute('item-href')).to.equal('https://hospice.example/guide#item-{n}');
  });

  it('a named settings file is chosen by a strict name only', async () => {
    const frame = await openFrame('?element=grab-and-go-guide&config=north-icb', 300, '/__site/');
    await renderedText(frame, 'grab-and-go-guide', 'North ICB palliative care team');
    const quiz = await openFrame('?element=self-check-quiz&config=north-icb', 300, '/__site/');
    const element = await until(() => frameElement(quiz, 'self-check-quiz'), 'the quiz');
    expect(element.getAttribute('storage-key')).to.equal('north-icb');
    expect(element.hasAttribute('no-storage')).to.equal(true);
    for (const name of ['../site', 'North', 'a/b', '%2e%2e%2fx', 'x.json']) {
      const bad = await openFrame(`?element=grab-and-go-guide&config=${name}`, 300, '/__site/');
      await until(() => frameElement(bad, 'grab-and-go-guide'), 'the guide');
      expect(bad.contentDocument!.querySelector('.embed-message')!.textContent, name).to.contain(
        'is not a settings name',
      );
      const fetched = bad
        .contentWindow!.performance.getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname);
      expect(
        fetched.filter((p) => p.endsWith('.json')),
        name,
      ).to.deep.equal([]);
      bad.remove();
    }
  });

  it('a colour parameter cannot paint a remote image or reach another site', async () => {
    const frame = await openFrame(
      '?element=foundation-card&foundation=1&surface=' +
        encodeURIComponent(
          'var(--x,) url(http://other.invalid/pixel.svg) 0 0/100% 100% no-repeat',
        ) +
        '&brand=rebeccapurple&text=hsl(0%200%25%2010%25)',
      300,
      '/__site/',
    );
    await renderedText(frame, 'foundation-card');
    const root = frame.contentWindow!.getComputedStyle(frame.contentDocument!.documentElement);
    expect(root.getPropertyValue('--ambitions-color-surface')).to.equal('');
    expect(root.getPropertyValue('--ambitions-color-brand').trim()).to.equal('rebeccapurple');
    expect(root.getPropertyValue('--ambitions-color-text').trim()).to.equal('hsl(0 0% 10%)');
    expect(frame.contentDocument!.querySelector('.embed-message')!.textContent).to.contain(
      'surface: "var(--x,) url(',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(foreignRequests(frame)).to.deep.equal([]);
    // The page carries its own policy, whatever the server sends.
    const csp = frame.contentDocument!.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp!.getAttribute('content')).to.equal(
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
    );
  });

  it("the site's file is checked like every override, and its problems go to the console", async () => {
    const frame = await openFrame('?element=grab-and-go-guide&config=broken', 300, '/__site/');
    const text = await renderedText(frame, 'grab-and-go-guide');
    expect(text.length).to.be.greaterThan(100);
    const guide = frameElement(frame, 'grab-and-go-guide')!;
    expect(guide.hasAttribute('contact-name')).to.equal(false);
    const root = frame.contentWindow!.getComputedStyle(frame.contentDocument!.documentElement);
    expect(root.getPropertyValue('--ambitions-color-surface')).to.equal('');
    expect(frame.contentDocument!.querySelector('.embed-message')).to.equal(null);
    expect(foreignRequests(frame)).to.deep.equal([]);
  });
});

/** A frame that is not ours (an ad, say) and posts our height message to the host page. */
async function foreignFrame(attributes: Record<string, string>, height: number) {
  const frame = document.createElement('iframe');
  frame.title = 'Advertisement';
  frame.style.height = '120px';
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.srcdoc = `<!doctype html><p>Ad</p><script>
    parent.postMessage({ type: '${HEIGHT_MESSAGE_TYPE}', frameId: 'guide', height: ${height} }, '*');
    setTimeout(() => parent.postMessage({ type: '${HEIGHT_MESSAGE_TYPE}', frameId: null, height: ${height} }, '*'), 50);
  </script>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('resize.js obeys only our frames', function () {
  this.timeout(40000);
  before(async () => {
    if (document.querySelector('script[src="/dist/embed/resize.js"]')) return;
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/dist/embed/resize.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  });

  it('ignores an ad frame, and a marked frame whose message comes from another origin', async () => {
    const ours = await openFrame('?element=foundation-card&foundation=2', 50);
    const ad = await foreignFrame({}, 100000);
    // Marked as ours, but sandboxed: its messages come from an opaque origin, not its src's.
    const marked = await foreignFrame(
      { 'data-ambitions-embed': '', sandbox: 'allow-scripts' },
      100000,
    );
    await until(
      () => /^\d+px$/.test(ours.style.height) && ours.style.height !== '50px',
      'ours to fit',
    );
    await until(() => messages.filter((m) => m.data.height === 100000).length >= 4, 'the attacks');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ad.style.height).to.equal('120px');
    expect(marked.style.height).to.equal('120px');
    expect(ours.getBoundingClientRect().height).to.be.lessThan(5000);
  });

  it('acts on a frame marked data-ambitions-embed served from elsewhere on this site', async () => {
    const frame = await openFrame('?element=foundation-card&foundation=3', 50, '/__site/');
    await until(() => heightsFrom(frame).some((m) => m.height > 200), 'a height message');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Not under /dist/embed/ and not marked: left alone.
    expect(frame.style.height).to.equal('50px');
    frame.setAttribute('data-ambitions-embed', '');
    frame.style.width = '320px'; // a narrower frame is taller: the page posts its height again
    await until(() => frame.style.height !== '50px', 'the marked frame to fit');
    expect(parseFloat(frame.style.height)).to.be.greaterThan(200);
  });
});
