import { expect, fixture, html } from '@open-wc/testing';
import { lazyModule } from '../../src/components/shared/lazy-module.js';
import { loadingLine } from '../../src/components/self-check-quiz/modes-on-demand.js';
import type { SelfCheckQuiz } from '../../src/components/self-check-quiz/self-check-quiz.js';

/** Runs `body` with console.warn recorded. */
async function withWarnings(body: (warnings: unknown[]) => Promise<void>) {
  const warnings: unknown[] = [];
  const original = console.warn;
  console.warn = (message: unknown) => warnings.push(message);
  try {
    await body(warnings);
  } finally {
    console.warn = original;
  }
}

describe('parts loaded on demand (knowledge mode, the member view, the gathering panel)', () => {
  it('load once, however often asked, and keep the module', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => ({ imports: ++imports }), 'unused');
    await Promise.all([lazy.load(), lazy.load(), lazy.load()]);
    expect(imports).to.equal(1);
    expect(lazy.module).to.deep.equal({ imports: 1 });
    expect(lazy.failed).to.equal(undefined);
  });

  it('a part that cannot load (offline) warns once, never rejects, and the screen says so', async () => {
    await withWarnings(async (warnings) => {
      let updates = 0;
      const quiz = { requestUpdate: () => updates++ } as unknown as SelfCheckQuiz;
      const lazy = lazyModule<unknown>(
        () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
        '<self-check-quiz> mode="member": the member view could not load.',
      );
      const loading = await fixture(html`<div>${loadingLine(quiz, lazy, 'member view')}</div>`);
      expect(loading.textContent).to.contain('Loading the member view…');
      await lazy.load();
      await lazy.load();
      expect(lazy.failed).to.equal(true);
      expect(updates).to.equal(1, 'the quiz redraws once the load settles');
      expect(warnings).to.deep.equal([
        '<self-check-quiz> mode="member": the member view could not load.',
      ]);
      const failed = await fixture(html`<div>${loadingLine(quiz, lazy, 'member view')}</div>`);
      expect(failed.textContent).to.contain(
        'The member view could not load. Check the connection, then reload the page.',
      );
      await lazy.load();
      expect(updates).to.equal(1, 'the failed line asks for no more redraws (no endless loop)');
    });
  });

  it('with retry (the gathering panel), opening it again after a failure tries again', async () => {
    await withWarnings(async (warnings) => {
      let attempts = 0;
      const lazy = lazyModule(
        () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('panel')),
        'the panel could not load',
        true,
      );
      await lazy.load();
      expect(lazy.module).to.equal(undefined);
      await lazy.load();
      expect(attempts).to.equal(2);
      expect(lazy.module).to.equal('panel');
      expect(warnings).to.have.length(1);
    });
  });
});
