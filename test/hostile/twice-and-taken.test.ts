import { expect } from '@open-wc/testing';
import { getFoundation } from '../../src/content/index.js';
import { loadPage, removeFrames, startQuiz, report, settle } from './frame.js';

afterEach(removeFrames);

async function worksAfterLoading(name: string) {
  const page = await loadPage(name);
  const { win, doc } = page;
  const quiz = doc.querySelector('self-check-quiz')!;
  await startQuiz(quiz, doc);
  expect(quiz.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(2);
  const guide = doc.querySelector('grab-and-go-guide')!;
  expect(guide.shadowRoot!.querySelectorAll('article[part="card"]').length).to.equal(10);
  expect(win.__errors, 'errors').to.deep.equal([]);
  expect(win.__violations, 'CSP violations').to.deep.equal([]);
  await report({
    'uncaught errors': win.__errors.length,
    'CSP violations': win.__violations.length,
    pages: 1,
  });
  return page;
}

describe('loaded twice', () => {
  it('the CDN bundle twice: no exception, at most one warning, everything works', async () => {
    const { win } = await worksAfterLoading('twice');
    expect(win.__warnings.length, win.__warnings.join('\n')).to.be.at.most(1);
  });

  it('the npm build and the CDN bundle: no exception, at most one warning, works', async () => {
    const { win } = await worksAfterLoading('npm-and-cdn');
    expect(win.__warnings.length, win.__warnings.join('\n')).to.be.at.most(1);
  });
});

describe('a tag name taken by another script first', () => {
  it('leaves theirs alone, warns once naming the tag and how to use ours', async () => {
    const { win, doc } = await loadPage('taken');
    expect(win.__errors).to.deep.equal([]);
    const taken = win.__warnings.filter((w) => w.includes('<foundation-card>'));
    expect(taken.length, win.__warnings.join('\n')).to.equal(1);
    expect(taken[0]).to.contain('defineAll(');
    expect(doc.querySelector('foundation-card')!.textContent).to.contain('Someone else');
    // Every other element still works, the guide with all ten items: it renders them itself,
    // so another library's <foundation-card> never stands in for them.
    expect(doc.querySelector('self-check-quiz')!.shadowRoot!.textContent).to.contain(
      'Reflect on the Grab-and-Go Guide',
    );
    const guide = doc.querySelector('grab-and-go-guide')!;
    await settle(doc);
    expect(guide.shadowRoot!.querySelectorAll('article[part="card"]').length).to.equal(10);
    expect(guide.shadowRoot!.textContent).to.contain(getFoundation('10')!.title);
    expect(guide.shadowRoot!.textContent).not.to.contain('Someone else');
    await report({ 'uncaught errors': win.__errors.length, pages: 1 });
  });

  it('defineAll(prefix) registers every element under another name', async () => {
    const { win, doc } = await loadPage('taken-prefixed');
    expect(win.__errors).to.deep.equal([]);
    const card = doc.querySelector('acme-foundation-card')!;
    await win.customElements.whenDefined('acme-foundation-card');
    await settle(doc);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Personalised care planning');
    const guide = doc.querySelector('acme-grab-and-go-guide')!;
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(guide.shadowRoot!.textContent).to.contain('Small Steps');
    expect(guide.shadowRoot!.querySelectorAll('article[part="card"]').length).to.equal(10);
    expect(guide.shadowRoot!.textContent).to.contain(getFoundation('10')!.what);
  });
});
