import { expect } from '@open-wc/testing';
import type { SelfCheckSummary } from '../../src/index.js';
import { createResultFile, toJson } from '../../src/engine/index.js';

/**
 * The intranet lead page (demo/intranet-lead.html): its sample files never mix fictional teams
 * into the lead's own data without saying so (issue 29, point 3).
 */
let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

async function until<T>(check: () => T | undefined | null | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > 20000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('demo: the intranet lead page', () => {
  it('warns before sample files replace the lead\u2019s own, and never mixes them', async function () {
    this.timeout(60000);
    frame = document.createElement('iframe');
    frame.title = 'Lead page';
    frame.style.width = '900px';
    frame.style.height = '700px';
    const loaded = new Promise((resolve) =>
      frame!.addEventListener('load', resolve, { once: true }),
    );
    frame.src = '/demo/intranet-lead.html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const summary = await until(() => {
      const el = doc.querySelector<SelfCheckSummary>('self-check-summary');
      return el?.shadowRoot?.querySelector('#files') ? el : undefined;
    }, 'the element');
    // The sample button is tucked into a closed box below the element, not the page's first action.
    const samples = doc.querySelector<HTMLDetailsElement>('details.demo-samples')!;
    expect(samples.open).to.equal(false);
    expect(
      summary.compareDocumentPosition(samples) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    const own = createResultFile(
      { leadership: { stage: 'interpret' } },
      { organisation: 'Our Real Hospice', team: 'Ward 9', createdAt: '2026-02-10T10:00:00.000Z' },
    );
    // A File of the page's own realm, as its file picker would give.
    const PageFile = (frame.contentWindow as unknown as { File: typeof File }).File;
    const outcome = await summary.addFiles([new PageFile([toJson(own)], 'ward-9.json')]);
    expect(outcome.added).to.equal(1);
    samples.open = true;
    const button = doc.getElementById('load-samples') as HTMLButtonElement;
    const status = doc.getElementById('load-status')!;
    button.click();
    await until(() => status.textContent, 'the warning');
    expect(status.textContent).to.equal(
      'You have added 1 result. Loading the samples removes them first.',
    );
    expect(button.textContent).to.equal('Remove your 1 result and load the samples');
    expect(summary.results).to.have.length(1);
    // Cancel keeps the lead's file.
    (doc.getElementById('cancel-samples') as HTMLButtonElement).click();
    expect(status.textContent).to.equal('Nothing changed: your files are still there.');
    expect(summary.results).to.have.length(1);
    // Confirmed: only the fictional teams are there.
    button.click();
    await until(() => status.textContent?.startsWith('You have'), 'the warning again');
    button.click();
    await until(() => status.textContent?.startsWith('Sample files loaded'), 'the samples');
    expect(summary.results.length).to.be.greaterThan(30);
    expect(summary.results.some((r) => r.organisation === 'Our Real Hospice')).to.equal(false);
  });
});
