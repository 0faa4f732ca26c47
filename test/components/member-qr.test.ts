import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { loadQr, qrSvg } from '../../src/components/self-check-quiz/member-qr.js';
import { encodeMemberCode } from '../../src/engine/index.js';
import { readQr } from '../fixtures/read-qr.js';

describe('member QR code', () => {
  it('draws a member’s code as a QR code that a decoder reads back from the image', async () => {
    const code = encodeMemberCode({
      ratings: { leadership: 'implement', 'co-design': 'understand', 'access-24-7': 'embedded' },
      name: 'Anne-Marie',
    });
    const generate = await loadQr();
    expect(generate).to.be.a('function');
    const host = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
    render(qrSvg(generate!(code), `QR code of ${code}`), host);
    const drawn = host.querySelector('svg')!;
    expect(drawn.getAttribute('aria-label')).to.equal(`QR code of ${code}`);
    expect(await readQr(drawn)).to.equal(code);
    await expect(host).to.be.accessible();
  });

  it('a drawing with one module flipped no longer reads as the code (the test reads the picture)', async () => {
    const code = encodeMemberCode({ ratings: {} });
    const generate = (await loadQr())!;
    const modules = generate(code);
    // Blank out the top-left finder pattern: no decoder can find the code then.
    const broken = {
      size: modules.size,
      dark: (x: number, y: number) => (x < 8 && y < 8 ? false : modules.dark(x, y)),
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(qrSvg(broken, 'broken'), host);
    expect(await readQr(host.querySelector('svg')!)).to.equal(null);
  });
});
