import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { foundations } from '../src/content/index.js';
import '../src/define/foundation-card.js';

interface CardArgs {
  foundation: string;
  headingLevel: number;
  collapsible: boolean;
  open: boolean;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/foundation-card',
  component: 'foundation-card',
  args: { foundation: '1', headingLevel: 3, collapsible: false, open: false },
  argTypes: {
    foundation: {
      control: 'select',
      options: [...foundations.map((f) => String(f.number)), ...foundations.map((f) => f.id), '99'],
      description: 'Item number (1-10) or slug. `99` shows the notice for an unknown item.',
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
    collapsible: { control: 'boolean' },
    open: { control: 'boolean' },
  },
  render: ({ foundation, headingLevel, collapsible, open }) =>
    html`<foundation-card
      foundation=${foundation}
      heading-level=${headingLevel}
      ?collapsible=${collapsible}
      ?open=${open}
      @ambitions-card-toggle=${(e: Event) => console.log(e.type, (e as CustomEvent).detail)}
    ></foundation-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Default: Story = {};

export const AddedByTheGuide: Story = {
  name: 'Item 9 (added by the guide)',
  args: { foundation: 'collaboration-and-partnership-working' },
};

export const Collapsible: Story = { args: { foundation: '3', collapsible: true } };

export const UnknownItem: Story = { args: { foundation: '99' } };

/** A hospice's colours, font and corners, set with the `--ambitions-*` custom properties. */
export const Branded: Story = {
  args: { foundation: '4', collapsible: true, open: true },
  decorators: [
    (story) =>
      html`<div
        class="branded"
        style="--ambitions-color-brand:#702082;--ambitions-color-accent:#f3e8f5;--ambitions-color-link:#702082;--ambitions-font-family:Georgia,serif;--ambitions-radius:0;--ambitions-space:1.5em"
      >
        ${story()}
      </div>`,
  ],
};

/**
 * Print layout: open your browser's print preview on this story (the button, or Ctrl+P in the
 * canvas opened on its own). The show/hide control disappears, a collapsible card shows all its content, and
 * link addresses are written after the links.
 */
export const Print: Story = {
  args: { foundation: '2', collapsible: true },
  decorators: [
    (story) =>
      html`<p>
          <button type="button" @click=${() => window.print()}>Print preview</button>
          (on paper: no show/hide control, all content shown, URLs after links)
        </p>
        ${story()}`,
  ],
};

/**
 * Local content: a hospice adds its own example and case study to item 3. They appear after the
 * guide's text, each marked "Local example" / "Local case study", and the attribution says the
 * guide was changed locally. Set the `content` property (or `content-src` to a JSON file).
 */
export const WithLocalExample: Story = {
  name: 'With a local example',
  args: { foundation: '3' },
  render: ({ foundation }) =>
    html`<foundation-card
      foundation=${foundation}
      .content=${{
        foundations: [
          {
            id: 3,
            localExamples: [
              [
                'St Example Hospice shares a monthly dashboard with its ICB: ',
                { text: 'see our data page', href: 'https://example.org/data' },
              ],
            ],
            localCaseStudies: [
              {
                title: 'Northshire bereavement audit',
                summary: 'A yearly audit of bereavement support across three care homes.',
              },
            ],
          },
        ],
      }}
    ></foundation-card>`,
};
