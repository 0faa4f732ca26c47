import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/ambition-map.js';
import '../src/define/case-study-explorer.js';
import type { SelfCheckSummary } from '../src/engine/index.js';

interface Args {
  view: 'map' | 'table';
  selected: string;
  itemHref: string;
}

const meta: Meta<Args> = {
  title: 'Elements/ambition-map',
  component: 'ambition-map',
  args: { view: 'map', selected: '', itemHref: '#item-{number}' },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'table'] },
    selected: { control: 'text', description: '"A6", "7" or "8:A5"' },
  },
  render: ({ view, selected, itemHref }) =>
    html`<ambition-map view=${view} selected=${selected} item-href=${itemHref}></ambition-map>`,
};
export default meta;

type Story = StoryObj<Args>;

export const HeatMap: Story = {};

export const Table: Story = { args: { view: 'table' } };

export const AmbitionSixSelected: Story = { args: { selected: 'A6' } };

export const ItemSelected: Story = { args: { selected: '7' } };

const result: SelfCheckSummary = {
  items: [
    { foundation: 'personalised-care-planning', stage: 'embedded' },
    { foundation: 'shared-records', stage: 'implement' },
    { foundation: 'evidence-and-information', stage: 'interpret' },
    { foundation: 'education-and-training', stage: 'understand' },
    { foundation: 'access-24-7', stage: 'not-started' },
    { foundation: 'leadership' },
  ],
};

/** A self-check result colours each item by its stage, with a "your map" legend. */
export const YourMap: Story = {
  render: () => html`<ambition-map .result=${result}></ambition-map>`,
};

/**
 * The two lines that wire a map to an explorer on a host page:
 *
 * ```js
 * const explorer = document.querySelector('case-study-explorer');
 * document.querySelector('ambition-map').addEventListener('ambitions-map-select', (e) => Object.assign(explorer, { foundation: e.detail.foundation ?? '', ambition: e.detail.ambition ?? '' }));
 * ```
 */
export const WiredToExplorer: Story = {
  render: () =>
    html`<ambition-map
        @ambitions-map-select=${(e: GlobalEventHandlersEventMap['ambitions-map-select']) => {
          const explorer = (e.currentTarget as Element).nextElementSibling!;
          Object.assign(explorer, {
            foundation: e.detail.foundation ?? '',
            ambition: e.detail.ambition ?? '',
          });
        }}
      ></ambition-map>
      <case-study-explorer></case-study-explorer>`,
};
