import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/case-study-explorer.js';

interface Args {
  foundation: string;
  ambition: string;
  query: string;
}

const meta: Meta<Args> = {
  title: 'Elements/case-study-explorer',
  component: 'case-study-explorer',
  args: { foundation: '', ambition: '', query: '' },
  argTypes: {
    foundation: { control: 'text', description: 'Item 1-10 or slug' },
    ambition: { control: 'text', description: 'A1-A6' },
  },
  render: ({ foundation, ambition, query }) =>
    html`<case-study-explorer
      foundation=${foundation}
      ambition=${ambition}
      query=${query}
    ></case-study-explorer>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllCaseStudies: Story = {};

/** `foundation="6"`: the four 24/7-access case studies. */
export const TwentyFourSevenAccess: Story = { args: { foundation: '6' } };

export const AmbitionSix: Story = { args: { ambition: 'A6' } };

export const NothingMatches: Story = { args: { query: 'no such words' } };
