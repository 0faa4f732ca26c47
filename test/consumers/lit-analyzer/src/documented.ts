// Every attribute the docs show, as a Lit app writes them (docs/web-editor.md, docs/intranet-and-icb.md,
// docs/evidence-and-exchange.md, docs/local-content.md). lit-analyzer --strict must report nothing:
// it read only the .d.ts, where `static properties` lose their attribute names, and flagged the
// dashed ones as unknown ("Did you mean 'headingLevel'?") until the build wrote `@attr` tags.
import { html } from 'lit';
import 'ambitions-elements/define/all';

export const documented = html`
  <grab-and-go-guide
    contact-name="St Example Hospice"
    contact-phone="01234 567890"
    contact-email="education@example.org.uk"
    contact-url="https://www.example.org.uk/professionals"
    foundations="1,3,9"
    heading-level="3"
    collapsible
    content-src="/guide/local-content.json"
    allowed-content-origins="https://cdn.example.org"
  ></grab-and-go-guide>
  <foundation-card foundation="leadership" heading-level="2" collapsible open></foundation-card>
  <ambition-map
    selected="A6"
    item-href="/guide#item-{number}"
    view="table"
    heading-level="3"
    sources="https://northfield.example/ambitions-examples.json"
  ></ambition-map>
  <case-study-explorer
    ambition="A6"
    foundation="3"
    query="care"
    heading-level="3"
    sources="https://northfield.example/ambitions-examples.json"
    source="report"
    region="London"
    source-timeout="10"
  ></case-study-explorer>
  <self-check-quiz
    mode="knowledge"
    questions="8"
    seed="2026"
    no-storage
    storage-key="north-shire-eolc"
    max-steps="3"
    case-study-href="/case-studies.html?foundation={id}"
    minutes-per-item="5"
    item-href="/guide#{id}"
    name="result"
    foundations="1,2,9"
    heading-level="2"
  ></self-check-quiz>
  <self-check-summary
    heading-level="2"
    round="2026-Q1"
    compare-round="2025/26"
    hide-names
  ></self-check-summary>
  <community-lens heading-level="2"></community-lens>
`;
