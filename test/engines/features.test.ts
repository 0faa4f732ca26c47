import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import {
  supportsAdoptedStyleSheets,
  supportsBlobDownload,
  supportsContainerQueries,
  supportsCustomStates,
  supportsDeclarativeShadowDomParsing,
  supportsDialog,
  supportsFocusVisible,
  supportsFormAssociation,
} from '../../src/components/shared/feature-detect.js';
import { engineName } from './stub.js';

class EnginesStyled extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: rgb(1, 2, 3);
    }
    p {
      margin-top: 7px;
    }
  `;
  override render() {
    return litHtml`<p part="text">Styled</p>`;
  }
}
customElements.define('engines-styled', EnginesStyled);

class EnginesField extends HTMLElement {
  static formAssociated = true;
  readonly internals = this.attachInternals();
}
customElements.define('engines-field', EnginesField);

/**
 * Records which platform features this engine has (printed in the test log, one line per engine)
 * and checks each detector against what the feature really does here.
 */
describe(`platform features (${engineName()})`, () => {
  it('records the features the elements use', () => {
    const features = {
      formAssociation: supportsFormAssociation(),
      customStates: supportsCustomStates(),
      adoptedStyleSheets: supportsAdoptedStyleSheets(),
      declarativeShadowDomParsing: supportsDeclarativeShadowDomParsing(),
      focusVisible: supportsFocusVisible(),
      dialog: supportsDialog(),
      containerQueries: supportsContainerQueries(),
      structuredClone: typeof structuredClone === 'function',
      blobDownload: supportsBlobDownload(),
    };
    console.log(
      `features in ${engineName()} (${navigator.userAgent}): ${JSON.stringify(features)}`,
    );
    // Baseline in every supported browser (current and previous Chrome, Edge, Firefox, Safari):
    // the elements may rely on these without a fallback.
    expect(features).to.include({
      formAssociation: true,
      adoptedStyleSheets: true,
      focusVisible: true,
      dialog: true,
      containerQueries: true,
      structuredClone: true,
      blobDownload: true,
    });
  });

  it('form association: the value reaches a surrounding form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><engines-field name="choice"></engines-field></form>`,
    );
    const field = form.querySelector<EnginesField>('engines-field')!;
    field.internals.setFormValue('yes');
    expect(new FormData(form).get('choice')).to.equal('yes');
    expect(field.internals.form).to.equal(form);
  });

  it(':state() matches a custom state where supported', async () => {
    const field = await fixture<EnginesField>(html`<engines-field></engines-field>`);
    if (supportsCustomStates()) {
      field.internals.states.add('open');
      expect(field.matches(':state(open)')).to.equal(true);
      field.internals.states.delete('open');
      expect(field.matches(':state(open)')).to.equal(false);
    } else {
      expect(() => field.matches(':state(open)')).to.throw();
    }
  });

  it('declarative shadow DOM parses from a string where supported', () => {
    const markup = '<div><template shadowrootmode="open"><p>inside</p></template></div>';
    const host: HTMLElement = document.createElement('section');
    const loose = host as unknown as { setHTMLUnsafe?: (html: string) => void };
    if (supportsDeclarativeShadowDomParsing()) {
      if (typeof loose.setHTMLUnsafe === 'function') {
        loose.setHTMLUnsafe(markup);
      } else {
        const parsed = (
          Document as unknown as { parseHTMLUnsafe(html: string): Document }
        ).parseHTMLUnsafe(markup);
        host.append(document.importNode(parsed.body.firstElementChild!, true));
      }
      expect(host.querySelector('div')!.shadowRoot?.textContent).to.equal('inside');
    } else {
      host.innerHTML = markup;
      expect(host.querySelector('div')!.shadowRoot).to.equal(null);
    }
  });

  it('container queries apply to a container child', async () => {
    const el = await fixture(html`
      <div style="container-type: inline-size; width: 300px">
        <style>
          .cq {
            width: 1px;
          }
          @container (max-width: 400px) {
            .cq {
              width: 2px;
            }
          }
        </style>
        <div class="cq"></div>
      </div>
    `);
    expect(getComputedStyle(el.querySelector('.cq')!).width).to.equal('2px');
  });

  it('<dialog> opens modal and closes with Escape', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog><button>OK</button></dialog>`);
    dialog.showModal();
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    dialog.close();
    expect(dialog.open).to.equal(false);
  });

  it("Lit's static styles are adopted and render styled", async () => {
    const el = await fixture<EnginesStyled>(html`<engines-styled></engines-styled>`);
    const p = el.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(p).marginTop).to.equal('7px');
    if (supportsAdoptedStyleSheets()) {
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    } else {
      expect(el.shadowRoot!.querySelector('style')).to.not.equal(null);
    }
    await expect(el).to.be.accessible();
  });
});
