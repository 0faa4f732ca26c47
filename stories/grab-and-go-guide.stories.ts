import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/grab-and-go-guide.js';

interface GuideArgs {
  foundations: string;
  headingLevel: number;
  collapsible: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  contactUrl: string;
  contactSlot: string;
}

const meta: Meta<GuideArgs> = {
  title: 'Elements/grab-and-go-guide',
  component: 'grab-and-go-guide',
  args: {
    foundations: '',
    headingLevel: 2,
    collapsible: false,
    contactName: 'St Example Hospice',
    contactPhone: '01234 567890',
    contactEmail: '',
    contactUrl: '',
    contactSlot: '',
  },
  argTypes: {
    foundations: { control: 'text', description: 'e.g. `1,3,9`; all ten when empty.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
    collapsible: { control: 'boolean' },
    contactName: { control: 'text', name: 'contact-name' },
    contactPhone: { control: 'text', name: 'contact-phone' },
    contactEmail: { control: 'text', name: 'contact-email' },
    contactUrl: { control: 'text', name: 'contact-url' },
    contactSlot: { control: 'text', name: 'contact slot (text)' },
  },
  render: (a) =>
    html`<grab-and-go-guide
      foundations=${a.foundations}
      heading-level=${a.headingLevel}
      ?collapsible=${a.collapsible}
      contact-name=${a.contactName}
      contact-phone=${a.contactPhone}
      contact-email=${a.contactEmail}
      contact-url=${a.contactUrl}
      >${a.contactSlot ? html`<p slot="contact">${a.contactSlot}</p>` : ''}</grab-and-go-guide
    >`,
};
export default meta;

type Story = StoryObj<GuideArgs>;

export const Default: Story = {};

export const Subset: Story = { args: { foundations: '1,3,9', collapsible: true } };

export const NoContact: Story = { args: { contactName: '', contactPhone: '' } };

export const FullContact: Story = {
  args: {
    contactEmail: 'education@example.org.uk',
    contactUrl: 'https://www.example.org.uk/professionals',
    contactSlot: 'Education team, Monday to Friday, 9am to 5pm.',
  },
};

/** A hospice's purple, its serif font and square corners, set with `--ambitions-*` properties. */
export const Branded: Story = {
  args: { foundations: '1,2,9,10' },
  decorators: [
    (story) =>
      html`<div
        style="--ambitions-color-brand:#702082;--ambitions-color-accent:#f3e8f5;--ambitions-color-link:#702082;--ambitions-font-family:Georgia,serif;--ambitions-radius:0"
      >
        ${story()}
      </div>`,
  ],
};

/**
 * Print layout: open the print preview (the button, or Ctrl+P on the canvas opened on its own).
 * On paper the cards sit in two columns, none split across pages, every item open, no buttons,
 * link addresses after their text.
 */
export const Print: Story = {
  args: { collapsible: true },
  decorators: [
    (story) =>
      html`<p>
          <button type="button" @click=${() => window.print()}>Print preview</button>
          (on paper: two columns, no buttons, all content shown, URLs after links)
        </p>
        ${story()}`,
  ],
};
