import { expect, fixture, html } from '@open-wc/testing';
import type { SelfCheckQuiz } from '../../src/index.js';
import '../../src/define/self-check-quiz.js';

// Red team: `questions="abc"` and `seed="-1"` were used silently (8 questions, seed 4294967295),
// so the web editor never learned why the quiz did not do what the page asked. Like `mode`, each
// gives one console warning naming the attribute and what is used instead.

const text = (el: SelfCheckQuiz) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

async function withWarnings(make: () => Promise<SelfCheckQuiz>) {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    const el = await make();
    // A few redraws: the warning must still come once.
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    return { el, warnings };
  } finally {
    console.warn = original;
  }
}

describe('<self-check-quiz> knowledge attributes it cannot use', () => {
  it('questions="abc": one warning naming the attribute and the 8 questions used instead', async () => {
    const { el, warnings } = await withWarnings(() =>
      fixture<SelfCheckQuiz>(
        html`<self-check-quiz
          mode="knowledge"
          questions="abc"
          seed="7"
          no-storage
        ></self-check-quiz>`,
      ),
    );
    const mine = warnings.filter((w) => w.includes('questions:'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.match(
      /^<self-check-quiz> questions: "abc" is not a whole number from 1 to 30; using 8\./,
    );
    expect(el.questionList).to.have.length(8);
    expect(text(el)).to.include('8');
    await expect(el).to.be.accessible();
  });

  it('questions="50": one warning, and the 30 questions used instead', async () => {
    const { el, warnings } = await withWarnings(() =>
      fixture<SelfCheckQuiz>(
        html`<self-check-quiz
          mode="knowledge"
          questions="50"
          seed="7"
          no-storage
        ></self-check-quiz>`,
      ),
    );
    expect(warnings.filter((w) => w.includes('questions:'))).to.deep.equal([
      '<self-check-quiz> questions: "50" is not a whole number from 1 to 30; using 30.',
    ]);
    expect(el.questionList).to.have.length(30);
  });

  it('seed="-1": one warning naming the attribute and the seed used instead', async () => {
    const { el, warnings } = await withWarnings(() =>
      fixture<SelfCheckQuiz>(
        html`<self-check-quiz
          mode="knowledge"
          questions="3"
          seed="-1"
          no-storage
        ></self-check-quiz>`,
      ),
    );
    const mine = warnings.filter((w) => w.includes('seed:'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.include('"-1" is not a whole number from 0 to 4294967295');
    expect(mine[0]).to.include('using seed 4294967295');
    expect(el.questionList).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('gives no warning for a whole-number seed, a text seed, or questions within 1 to 30', async () => {
    for (const [questions, seed] of [
      ['5', '2026'],
      ['30', 'North ICB'],
      ['1', '0'],
    ]) {
      const { warnings } = await withWarnings(() =>
        fixture<SelfCheckQuiz>(
          html`<self-check-quiz
            mode="knowledge"
            questions=${questions}
            seed=${seed}
            no-storage
          ></self-check-quiz>`,
        ),
      );
      expect(warnings, `${questions} / ${seed}`).to.deep.equal([]);
    }
  });
});
