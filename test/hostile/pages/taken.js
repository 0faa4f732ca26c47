// Another library took one of our names first.
customElements.define(
  'foundation-card',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'Someone else’s card';
    }
  },
);
