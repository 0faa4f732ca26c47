import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/self-check-quiz.js';
import type { SelfCheckQuiz } from '../src/components/self-check-quiz/self-check-quiz.js';
import type { Answers, Plan as StepPlan, Snapshot } from '../src/engine/index.js';

/**
 * The small-steps plan after the results, and meeting mode for a shared screen. The stories open
 * the element on the screen named, with a team's answers (and plan) already in.
 */
interface Args {
  maxSteps: number;
  minutesPerItem: string;
}

const answers: Answers = {
  leadership: { stage: 'not-started' },
  'co-design': { stage: 'understand' },
  'evidence-and-information': { stage: 'understand' },
  'shared-records': { stage: 'interpret' },
  'access-24-7': { stage: 'implement' },
};

const plan: StepPlan = [
  {
    foundation: 'leadership',
    step: 'Ask the board to name an executive lead for end of life care.',
    lead: 'Sam Patel, clinical lead',
    byWhen: '2026-06-30',
    howWeKnow: 'A named lead, minuted; end of life care on four board agendas this year.',
  },
  {
    foundation: 'evidence-and-information',
    step: 'Use our NACEL results in the team meeting to choose one thing to change.',
    lead: 'Ade Okoro',
    byWhen: '2026-09-30',
    caseStudy: 'evidence-and-information-1',
  },
];

/** Opens the element on a screen once it is defined (stories only; `go` is internal). */
const open =
  (screen: 'plan' | 'results' | 'step', setup: (q: SelfCheckQuiz) => void = () => {}) =>
  (el?: Element) => {
    if (!el) return;
    void customElements.whenDefined('self-check-quiz').then(() => {
      const q = el as SelfCheckQuiz;
      q.answers = answers;
      setup(q);
      q.go(screen, 0);
    });
  };

const meta: Meta<Args> = {
  title: 'Elements/self-check-quiz/Plan and meeting',
  component: 'self-check-quiz',
  args: { maxSteps: 3, minutesPerItem: '' },
};
export default meta;

type Story = StoryObj<Args>;

/** "Plan your next small steps": two steps written, lowest stages suggested first. */
export const Plan: Story = {
  render: (args) =>
    html`<self-check-quiz
      no-storage
      max-steps=${args.maxSteps}
      ${ref(open('plan', (q) => (q.plan = plan)))}
    ></self-check-quiz>`,
};

/** An empty plan with `max-steps="1"`. */
export const OneStep: Story = {
  args: { maxSteps: 1 },
  render: (args) =>
    html`<self-check-quiz
      no-storage
      max-steps=${args.maxSteps}
      ${ref(open('plan'))}
    ></self-check-quiz>`,
};

const lastYear: Snapshot = {
  id: '2025-03-01T09:00:00.000Z',
  createdAt: '2025-03-01T09:00:00.000Z',
  answers: { leadership: { stage: 'not-started' }, 'co-design': { stage: 'not-started' } },
  plan: [
    { foundation: 'leadership', step: 'Find a board sponsor' },
    { foundation: 'co-design', step: 'Invite two carers to our review group' },
  ],
};

/** The next round: last year's steps to review, and their outcome beside the change in stages. */
export const NextRound: Story = {
  render: () =>
    html`<self-check-quiz
      no-storage
      ${ref(
        open('results', (q) => {
          q._snapshots = [lastYear];
          q._review = {
            earlier: lastYear.createdAt,
            steps: [
              { foundation: 'leadership', step: 'Find a board sponsor', outcome: 'done' },
              {
                foundation: 'co-design',
                step: 'Invite two carers to our review group',
                outcome: 'under-way',
                note: 'One carer joined',
              },
            ],
          };
        }),
      )}
    ></self-check-quiz>`,
};

/** Meeting mode's first screen (what a server renders before scripts run). */
export const Meeting: Story = {
  render: (args) =>
    html`<self-check-quiz
      mode="meeting"
      no-storage
      minutes-per-item=${args.minutesPerItem}
    ></self-check-quiz>`,
};

/** Meeting mode on an item, with a five-minute timer. */
export const MeetingItem: Story = {
  args: { minutesPerItem: '5' },
  render: (args) =>
    html`<self-check-quiz
      mode="meeting"
      no-storage
      minutes-per-item=${args.minutesPerItem}
      ${ref(open('step'))}
    ></self-check-quiz>`,
};
