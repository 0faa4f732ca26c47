import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { caseStudiesFor } from '../../src/content/index.js';

/**
 * The README's evidence example, pasted as written: the map and the explorer open on the same
 * Ambition, so the case studies listed are the ones the selected Ambition stands for.
 */
describe("README's evidence example", () => {
  it('opens consistent: the map selects an Ambition and the explorer lists its case studies', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = readme
      .split('```html')
      .slice(1)
      .map((part) => part.split('```')[0])
      .find((code) => code.includes('<ambition-map') && code.includes('<case-study-explorer'));
    expect(block, 'an example with both elements').to.be.a('string');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // innerHTML runs no script: the elements are defined by this test's own import.
    wrapper.innerHTML = block!;
    const map = wrapper.querySelector('ambition-map')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const explorer = wrapper.querySelector('case-study-explorer')! as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await map.updateComplete;
    await explorer.updateComplete;
    const selected = map.getAttribute('selected')!;
    expect(selected, 'the map opens on an Ambition').to.match(/^A[1-6]$/);
    const heading = map.shadowRoot!.querySelector('[part=details-heading]')!.textContent!;
    expect(heading).to.contain(`Ambition ${selected[1]}`);
    const listed = [...explorer.shadowRoot!.querySelectorAll('[part~=case-study]')];
    expect(listed.length).to.equal(caseStudiesFor({ ambition: selected as 'A1' }).length);
    for (const study of listed) {
      expect(study.querySelector('[part=tags]')!.textContent, study.textContent!).to.contain(
        `Ambition ${selected[1]}`,
      );
    }
  });
});
