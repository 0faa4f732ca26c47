import type { AmbitionId, FoundationId } from '../content/index.js';

/**
 * Where a team stands on one item. The middle three follow the report's own model of how people
 * use the framework (section 5.1: understand, interpret, implement); "not started" and "embedded"
 * (implementation as continuous redesign, evaluation and collaboration) close the scale.
 */
export type StageId = 'not-started' | 'understand' | 'interpret' | 'implement' | 'embedded';

export interface Stage {
  readonly id: StageId;
  /** 0-4, for charts and averages. */
  readonly value: 0 | 1 | 2 | 3 | 4;
  /** Short plain-language label. */
  readonly label: string;
  /** One line saying what the stage means, in plain language. */
  readonly description: string;
}

export const stages: readonly Stage[] = Object.freeze([
  {
    id: 'not-started',
    value: 0,
    label: 'Not started',
    description: 'We have not looked at this yet.',
  },
  {
    id: 'understand',
    value: 1,
    label: 'Understanding',
    description: 'We are finding out what this means and what it can include.',
  },
  {
    id: 'interpret',
    value: 2,
    label: 'Interpreting',
    description: 'We are working out what it means for our own work and who to involve.',
  },
  {
    id: 'implement',
    value: 3,
    label: 'Implementing',
    description: 'We are taking steps to change what we do.',
  },
  {
    id: 'embedded',
    value: 4,
    label: 'Embedded',
    description: 'It is part of how we work, and we keep reviewing and improving it with others.',
  },
] as const);

/** Stages by id: the summary looks a stage up for every team and item, 10,000s of times. */
const stageById: ReadonlyMap<unknown, Stage> = new Map(stages.map((stage) => [stage.id, stage]));

/** The stage with this id, or undefined for anything else (never throws). */
export function getStage(id: unknown): Stage | undefined {
  return stageById.get(id);
}

/**
 * The smallest shape of a self-check result that other elements read (the map's "your map"
 * overlay, imported files): one entry per item answered or skipped. An absent `stage` means
 * "not sure / skipped", which is unanswered, never zero.
 */
export interface SelfCheckItemSummary {
  readonly foundation: FoundationId;
  readonly stage?: StageId;
}

export interface SelfCheckAmbitionSummary {
  readonly ambition: AmbitionId;
  /** Indicative 0-1 value derived from the evidence matrix; undefined when nothing relevant was answered. */
  readonly score?: number;
}

export interface SelfCheckSummary {
  readonly items: readonly SelfCheckItemSummary[];
  readonly ambitions?: readonly SelfCheckAmbitionSummary[];
}
