import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/self-check-quiz.js';

interface Args {
  mode: 'reflect' | 'knowledge';
  foundations: string;
  storageKey: string;
  noStorage: boolean;
  questions: number;
  seed: string;
}

const meta: Meta<Args> = {
  title: 'Elements/self-check-quiz',
  component: 'self-check-quiz',
  args: {
    mode: 'reflect',
    foundations: '',
    storageKey: 'storybook',
    noStorage: true,
    questions: 8,
    seed: '1',
  },
  argTypes: { mode: { control: 'inline-radio', options: ['reflect', 'knowledge'] } },
  render: (args) =>
    html`<self-check-quiz
      mode=${args.mode}
      foundations=${args.foundations}
      storage-key=${args.storageKey}
      ?no-storage=${args.noStorage}
      questions=${args.questions}
      seed=${args.seed}
    ></self-check-quiz>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Reflection on all ten items. */
export const Reflect: Story = {};

/** A subset of items for a short team session. */
export const ThreeItems: Story = { args: { foundations: '1,2,9' } };

/** Saving on this device offered (stored under `ambitions-elements:self-check:v1:storybook`). */
export const WithSaving: Story = { args: { noStorage: false } };

/** Knowledge mode: questions generated from the guide, fixed by the seed. */
export const Knowledge: Story = { args: { mode: 'knowledge', questions: 5 } };
