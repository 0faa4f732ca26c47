import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { foundations } from '../src/content/index.js';
import { createResultFile, mulberry32, stages, type Answers } from '../src/engine/index.js';
import '../src/define/self-check-summary.js';

interface Args {
  round: string;
  compareRound: string;
  hideNames: boolean;
  headingLevel: string;
}

const TEAMS = [
  ['Heronsgate Hospice', 'Inpatient unit'],
  ['Heronsgate Hospice', 'Hospice at home'],
  ['North Shire Community Health', 'District nursing'],
  ['North Shire Community Health', 'Care home support team'],
  ['Kestrel Vale Hospitals', 'Specialist palliative care'],
  ['Kestrel Vale Hospitals', 'Acute medicine'],
  ['Larkfield Primary Care Network', 'GP practices'],
] as const;

/** Fictional teams in two rounds (Oct to Dec 2025, Jan to Mar 2026), the same on every load. */
function sampleResults() {
  const random = mulberry32(2026);
  return TEAMS.flatMap(([organisation, team], t) => {
    const before: Record<string, { stage: string }> = {};
    const after: Record<string, { stage: string; notes?: string }> = {};
    for (const f of foundations) {
      const value = Math.floor(random() * 4);
      before[f.id] = { stage: stages[value].id };
      after[f.id] = { stage: stages[Math.min(4, value + (random() < 0.5 ? 1 : 0))].id };
    }
    after.leadership.notes =
      t % 3 === 0 ? 'A board-level lead was named this quarter.' : undefined!;
    if (!after.leadership.notes) delete after.leadership.notes;
    const day = String(t + 2).padStart(2, '0');
    return [
      createResultFile(before as Answers, {
        organisation,
        team,
        createdAt: `2025-11-${day}T10:00:00.000Z`,
      }),
      createResultFile(after as Answers, {
        organisation,
        team,
        createdAt: `2026-02-${day}T10:00:00.000Z`,
      }),
    ];
  });
}

const meta: Meta<Args> = {
  title: 'Elements/self-check-summary',
  component: 'self-check-summary',
  args: { round: '', compareRound: '', hideNames: false, headingLevel: '2' },
  argTypes: {
    round: { control: 'text', description: 'Round shown, e.g. 2026-Q1; the latest when empty' },
    compareRound: { control: 'text', description: 'Round to compare with, e.g. 2025-Q4' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The ICB programme lead adds every team\u2019s result file (the JSON the self-check downloads) and sees the whole system: stages per item, teams x items, where to focus together, change since an earlier round, what teams wrote. Files are read in the browser and never uploaded. Set `results` from code, or call `addFiles(files)`; listen for `ambitions-summary-change`.',
      },
    },
  },
  render: (args) =>
    html`<self-check-summary
      round=${args.round}
      compare-round=${args.compareRound}
      ?hide-names=${args.hideNames}
      heading-level=${args.headingLevel}
      .results=${sampleResults()}
    ></self-check-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Fourteen fictional results in two rounds; the latest round shown. */
export const TwoRounds: Story = {};

/** The latest round compared with the one before: moved up, stayed, moved down. */
export const ComparedWithEarlierRound: Story = { args: { compareRound: '2025-Q4' } };

/** "Hide team names": Team A, B, C... and Organisation 1, 2... for a wider room. */
export const NamesHidden: Story = { args: { hideNames: true, compareRound: '2025-Q4' } };

/** Before any file is added: what to do, and that nothing is uploaded. */
export const Empty: Story = {
  render: () => html`<self-check-summary></self-check-summary>`,
};
