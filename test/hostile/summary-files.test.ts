// Hostile files for <self-check-summary>: generated texts (any string, any JSON, result files with
// a field replaced by anything, binary bytes, CSV edited by hand) added next to files already
// loaded. Each is either read or refused with a plain reason; nothing loaded is lost; no markup in
// a file ever becomes markup on the page. The figures join the hostile summary line.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { createResultFile, duplicateKey, toCsv, toJson } from '../../src/engine/index.js';
import type { SelfCheckSummary } from '../../src/index.js';
import '../../src/define/self-check-summary.js';
import { makeRound } from '../fixtures/summary-files.js';
import { isChromium, report } from './frame.js';

const RUNS = isChromium ? 300 : 40;

const valid = JSON.parse(
  toJson(
    createResultFile(
      { leadership: { stage: 'implement', notes: 'n' } },
      { team: 'T', createdAt: '2026-02-01T09:00:00.000Z' },
    ),
  ),
);

const payload = fc.constantFrom(
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '=HYPERLINK("http://x")',
  '\u0000\u202e',
  'x'.repeat(3000),
);

const mutated = fc
  .tuple(
    fc.constantFrom('schema', 'version', 'createdAt', 'team', 'organisation', 'answers', 'notes'),
    fc.oneof(fc.anything(), payload),
  )
  .map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));

const csvEdited = fc
  .tuple(
    fc.array(fc.oneof(fc.string(), payload), { maxLength: 12 }),
    fc.integer({ min: 0, max: 10 }),
  )
  .map(([cells, row]) => {
    const lines = toCsv(valid).split('\r\n');
    lines[Math.min(row, lines.length - 1)] = cells.join(',');
    return lines.join('\r\n');
  });

const content = fc.oneof(
  fc.string().map((s) => [s] as BlobPart[]),
  fc.json().map((s) => [s] as BlobPart[]),
  mutated.map((s) => [s] as BlobPart[]),
  csvEdited.map((s) => [s] as BlobPart[]),
  fc.uint8Array({ maxLength: 200 }).map((b) => [b] as BlobPart[]),
  payload.map((p) => [JSON.stringify({ ...valid, team: p, organisation: p })] as BlobPart[]),
);

describe('hostile files for <self-check-summary>', () => {
  it('reads or refuses each with a reason, keeps what was loaded, renders text as text', async function () {
    this.timeout(120000);
    const el = await fixture<SelfCheckSummary>(html`<self-check-summary></self-check-summary>`);
    const loaded = makeRound(5, '2026-01-10T09:00:00.000Z');
    el.results = loaded;
    const files = fc
      .sample(fc.tuple(content, fc.constantFrom('a.json', 'b.csv', 'c.txt', '')), RUNS)
      .map(([parts, name]) => new File(parts, name));
    let errors = 0;
    const onError = () => (errors += 1);
    window.addEventListener('error', onError);
    try {
      const outcome = await el.addFiles(files);
      await el.updateComplete;
      expect(outcome.added + outcome.duplicates + outcome.rejected.length).to.be.at.least(
        files.length,
      );
      for (const { reason } of outcome.rejected) expect(reason.length).to.be.greaterThan(10);
    } finally {
      window.removeEventListener('error', onError);
    }
    // Lost: a result loaded before that is no longer among the results (or no longer the same).
    const now = new Map(el.results.map((r) => [duplicateKey(r), JSON.stringify(r)]));
    const lost = loaded.filter((r) => now.get(duplicateKey(r)) !== JSON.stringify(r)).length;
    const root = el.shadowRoot!;
    expect(root.querySelector('script, img, [onerror]')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(lost).to.equal(0);
    expect(errors).to.equal(0);
    expect(el.summary.items).to.have.length(10);
    await expect(el).to.be.accessible();
    await report({
      'summary files': files.length,
      'answers lost': lost,
      'uncaught errors': errors,
      'axe checks': 1,
    });
  });
});
