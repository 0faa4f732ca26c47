import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/community-lens.js';

interface Args {
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Elements/community-lens',
  component: 'community-lens',
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 6 } } },
  render: ({ headingLevel }) =>
    html`<community-lens heading-level=${headingLevel}></community-lens>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Report 5.2 on community, the Ambition 6 case studies, items 9 and 10, and our own prompts. */
export const AmbitionSix: Story = {};
