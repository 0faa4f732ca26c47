import { expect, fixture, html } from '@open-wc/testing';
import {
  attachInternalsSafely,
  cloneData,
  downloadText,
  setCustomState,
  setFormValue,
  supportsAdoptedStyleSheets,
  supportsBlobDownload,
  supportsContainerQueries,
  supportsCustomStates,
  supportsDeclarativeShadowDomParsing,
  supportsDialog,
  supportsFocusVisible,
  supportsFormAssociation,
} from '../../src/components/shared/feature-detect.js';
import { replacing, without, withoutCssSupport } from './stub.js';

class DetectField extends HTMLElement {
  static formAssociated = true;
  readonly internals = attachInternalsSafely(this);
}
customElements.define('detect-field', DetectField);

class DetectPlain extends HTMLElement {}
customElements.define('detect-plain', DetectPlain);

/** Catches the click on a download link so that nothing is saved during the test. */
function catchDownloads(): { links: HTMLAnchorElement[]; stop: () => void } {
  const links: HTMLAnchorElement[] = [];
  const onClick = (event: Event) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      links.push(event.target);
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  return { links, stop: () => document.removeEventListener('click', onClick, true) };
}

describe('feature-detect: each check says no when the feature is taken away', () => {
  it('form association', async () => {
    expect(supportsFormAssociation()).to.equal(true);
    await without(HTMLElement.prototype, 'attachInternals', () =>
      expect(supportsFormAssociation()).to.equal(false),
    );
    await without(ElementInternals.prototype, 'setFormValue', () =>
      expect(supportsFormAssociation()).to.equal(false),
    );
    await without(window, 'ElementInternals', () =>
      expect(supportsFormAssociation()).to.equal(false),
    );
    expect(supportsFormAssociation()).to.equal(true);
  });

  it('custom states', async () => {
    await without(ElementInternals.prototype, 'states', () =>
      expect(supportsCustomStates()).to.equal(false),
    );
    await withoutCssSupport(':state(', () => expect(supportsCustomStates()).to.equal(false));
  });

  it('adopted style sheets', async () => {
    expect(supportsAdoptedStyleSheets()).to.equal(true);
    await without(Document.prototype, 'adoptedStyleSheets', () =>
      expect(supportsAdoptedStyleSheets()).to.equal(false),
    );
    await without(CSSStyleSheet.prototype, 'replaceSync', () =>
      expect(supportsAdoptedStyleSheets()).to.equal(false),
    );
  });

  it('declarative shadow DOM parsing', async () => {
    await without(Document, 'parseHTMLUnsafe', () =>
      without(Element.prototype, 'setHTMLUnsafe', () =>
        expect(supportsDeclarativeShadowDomParsing()).to.equal(false),
      ),
    );
  });

  it(':focus-visible, container queries and CSS without CSS.supports', async () => {
    expect(supportsFocusVisible()).to.equal(true);
    expect(supportsContainerQueries()).to.equal(true);
    await withoutCssSupport(':focus-visible', () => expect(supportsFocusVisible()).to.equal(false));
    await withoutCssSupport('container-type', () =>
      expect(supportsContainerQueries()).to.equal(false),
    );
    await without(window, 'CSS', () => {
      expect(supportsFocusVisible()).to.equal(false);
      expect(supportsCustomStates()).to.equal(false);
    });
  });

  it('<dialog>', async () => {
    expect(supportsDialog()).to.equal(true);
    await without(HTMLDialogElement.prototype, 'showModal', () =>
      expect(supportsDialog()).to.equal(false),
    );
  });

  it('Blob download', async () => {
    expect(supportsBlobDownload()).to.equal(true);
    await without(HTMLAnchorElement.prototype, 'download', () =>
      expect(supportsBlobDownload()).to.equal(false),
    );
    await without(URL, 'createObjectURL', () => expect(supportsBlobDownload()).to.equal(false));
  });
});

describe('feature-detect: fallbacks work in this engine', () => {
  it('attachInternalsSafely gives internals, or undefined where it cannot', async () => {
    const field = await fixture<DetectField>(html`<detect-field></detect-field>`);
    expect(field.internals).to.be.instanceOf(ElementInternals);
    // A second call on the same element throws inside; the helper answers undefined instead.
    expect(attachInternalsSafely(field)).to.equal(undefined);
    await without(HTMLElement.prototype, 'attachInternals', () =>
      expect(attachInternalsSafely(document.createElement('detect-plain'))).to.equal(undefined),
    );
  });

  it('setCustomState uses :state() and always the data-state attribute', async () => {
    const field = await fixture<DetectField>(html`<detect-field></detect-field>`);
    const usedStates = setCustomState(field, field.internals, 'open', true);
    expect(usedStates).to.equal(supportsCustomStates());
    expect(field.hasAttribute('data-state-open')).to.equal(true);
    if (usedStates) expect(field.matches(':state(open)')).to.equal(true);
    setCustomState(field, field.internals, 'open', false);
    expect(field.hasAttribute('data-state-open')).to.equal(false);
    if (usedStates) expect(field.matches(':state(open)')).to.equal(false);
  });

  it('setCustomState falls back to the attribute alone without custom states', async () => {
    const field = await fixture<DetectField>(html`<detect-field></detect-field>`);
    await without(ElementInternals.prototype, 'states', () => {
      expect(setCustomState(field, field.internals, 'done', true)).to.equal(false);
    });
    expect(field.hasAttribute('data-state-done')).to.equal(true);
    expect(setCustomState(field, undefined, 'done', false)).to.equal(false);
    expect(field.hasAttribute('data-state-done')).to.equal(false);
    // A state name the CustomStateSet refuses (an engine with the older syntax) falls back too.
    await replacing(
      field.internals!.states,
      'add',
      () => {
        throw new DOMException('bad state', 'SyntaxError');
      },
      () => {
        if (supportsCustomStates()) {
          expect(setCustomState(field, field.internals, 'x', true)).to.equal(false);
        }
      },
    );
  });

  it('setFormValue sends the value with the form, through internals', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><detect-field name="choice"></detect-field></form>`,
    );
    const field = form.querySelector<DetectField>('detect-field')!;
    expect(setFormValue(field, field.internals, 'choice', 'yes')).to.equal('internals');
    expect(new FormData(form).get('choice')).to.equal('yes');
    expect(field.querySelector('input')).to.equal(null);
  });

  it('setFormValue falls back to a hidden input that the form still sends', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><detect-plain></detect-plain></form>`);
    const plain = form.querySelector<HTMLElement>('detect-plain')!;
    await without(HTMLElement.prototype, 'attachInternals', () => {
      expect(setFormValue(plain, undefined, 'choice', 'yes')).to.equal('hidden-input');
    });
    expect(new FormData(form).get('choice')).to.equal('yes');
    expect(setFormValue(plain, undefined, 'choice', 'no')).to.equal('hidden-input');
    expect(new FormData(form).getAll('choice')).to.deep.equal(['no']);
    expect(setFormValue(plain, undefined, 'choice', null)).to.equal('hidden-input');
    expect(new FormData(form).has('choice')).to.equal(false);
    // internals that are not form-associated (a plain element's) throw inside: hidden input too.
    const internals = document.createElement('detect-plain').attachInternals();
    expect(setFormValue(plain, internals, 'choice', 'again')).to.equal('hidden-input');
    expect(new FormData(form).get('choice')).to.equal('again');
  });

  it('cloneData copies deeply, with and without structuredClone', async () => {
    const data = { a: [1, { b: 'two' }] };
    const copy = cloneData(data);
    expect(copy).to.deep.equal(data);
    expect(copy.a[1]).to.not.equal(data.a[1]);
    await without(window, 'structuredClone', () => {
      const fallback = cloneData(data);
      expect(fallback).to.deep.equal(data);
      expect(fallback.a[1]).to.not.equal(data.a[1]);
      expect(cloneData(undefined)).to.equal(undefined);
    });
  });

  it('downloadText offers a file, and says no where files cannot be saved', async () => {
    const downloads = catchDownloads();
    try {
      expect(downloadText('plan.txt', 'My plan')).to.equal(true);
      await without(URL, 'createObjectURL', () =>
        expect(downloadText('plan.txt', 'My plan')).to.equal(false),
      );
    } finally {
      downloads.stop();
    }
    expect(downloads.links).to.have.length(1);
    expect(downloads.links[0].download).to.equal('plan.txt');
    expect(downloads.links[0].href).to.match(/^blob:/);
    expect(downloads.links[0].isConnected).to.equal(false);
  });
});
