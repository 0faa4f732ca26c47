import { isObject, readText, sanitiseAnswers, type Answers } from './answers.js';
import { sanitisePlan, sanitiseReview, type Plan, type PlanReview } from './plan.js';
import { readRoundDates, type RoundDates } from './round.js';

/** The part of the Web Storage API the adapter uses (so tests can pass fakes). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A dated copy of answers kept with "Save this result". */
export interface Snapshot {
  readonly id: string;
  /** ISO date and time. */
  readonly createdAt: string;
  readonly answers: Answers;
  /** The plan made with this result, reviewed at the next round. */
  readonly plan?: Plan;
  /** The team and organisation named when it was saved, so saved results can be told apart. */
  readonly team?: string;
  readonly organisation?: string;
}

/** What the self-check keeps on the device (with the round's own dates, see round.ts). */
export interface StoredSelfCheck extends RoundDates {
  readonly answers: Answers;
  readonly notes?: string;
  readonly organisation?: string;
  readonly team?: string;
  readonly snapshots: readonly Snapshot[];
  /** The small-steps plan being written. */
  readonly plan?: Plan;
  /** How the earlier round's steps went. */
  readonly review?: PlanReview;
  /**
   * Goes up by one with every save (absent in data saved before revisions: 0). A store saves only
   * over the revision it last loaded or saved, so a second quiz (or tab) with the same key never
   * replaces a newer result without the person being asked.
   */
  readonly revision?: number;
}

export interface SaveOptions {
  /** Replace a newer stored result: only after the person chose to (see `newer`). */
  readonly replaceNewer?: boolean;
}

/** Why the store is not (or no longer) writing to the device. */
export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

export const STORAGE_PREFIX = 'ambitions-elements:self-check:v1:';
const MAX_SNAPSHOTS = 50;

/** The namespaced, versioned key: `ambitions-elements:self-check:v1:<storage-key>`. */
export function storageKey(key?: string): string {
  const clean = (key ?? '').trim();
  return STORAGE_PREFIX + (clean || 'default');
}

function defaultStorage(): StorageLike | undefined {
  try {
    // Reading `localStorage` itself throws a SecurityError where storage is blocked.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** `{ plan }` when a stored plan has steps; `{}` otherwise. */
function withPlan(raw: unknown): { plan?: Plan } {
  const plan = sanitisePlan(raw);
  return plan.length ? { plan } : {};
}

function readState(raw: unknown): StoredSelfCheck | undefined {
  if (!isObject(raw)) return undefined;
  const state: Record<string, unknown> = {
    answers: sanitiseAnswers(raw.answers),
    snapshots: Array.isArray(raw.snapshots)
      ? raw.snapshots.flatMap((s): Snapshot[] => {
          const { id, createdAt, answers, team, organisation, plan } = isObject(s) ? s : {};
          const names = {
            team: readText(team, 'team', 200),
            organisation: readText(organisation, 'organisation', 200),
          };
          return typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt))
            ? [
                {
                  id: typeof id === 'string' ? id : createdAt,
                  createdAt,
                  answers: sanitiseAnswers(answers),
                  ...withPlan(plan),
                  ...(names.team ? { team: names.team } : {}),
                  ...(names.organisation ? { organisation: names.organisation } : {}),
                },
              ]
            : [];
        })
      : [],
  };
  Object.assign(state, withPlan(raw.plan), readRoundDates(raw));
  const review = sanitiseReview(raw.review);
  if (review) state.review = review;
  for (const field of ['notes', 'organisation', 'team']) {
    const text = readText(raw[field], field, Infinity);
    if (text) state[field] = text;
  }
  if (Number.isSafeInteger(raw.revision) && (raw.revision as number) > 0)
    state.revision = raw.revision;
  return state as unknown as StoredSelfCheck;
}

/**
 * Keeps one self-check on the device under a namespaced key. Falls back to memory, and says why
 * in `problem`, when localStorage is missing, throws (SecurityError) or is full
 * (QuotaExceededError). Never throws.
 */
export class SelfCheckStore {
  readonly key: string;
  /** Set when the device cannot be used or stored data was unreadable. */
  problem: StorageProblem | undefined;
  private readonly storage: StorageLike | undefined;
  /**
   * True when the last save was refused because the device holds a newer result than this store
   * last loaded or saved (another quiz with the same key, on this page or in another tab).
   * Nothing was written; `load()` reads the newer one, `save(state, { replaceNewer: true })`
   * replaces it.
   */
  newer = false;
  private memory: string | null = null;
  private onDevice: boolean;
  /** The revision this store last loaded or saved. */
  private revision = 0;

  /** `storage` defaults to localStorage; `null` keeps everything in memory only. */
  constructor(key?: string, storage: StorageLike | null | undefined = defaultStorage()) {
    this.key = storageKey(key);
    this.storage = storage ?? undefined;
    this.onDevice = !!storage;
    if (!storage) this.problem = 'unavailable';
  }

  /** True while data goes to the device rather than to memory. */
  get persistent(): boolean {
    return this.onDevice;
  }

  /** The stored self-check, or undefined when none (or unreadable: then `problem` is 'corrupt'). */
  load(): StoredSelfCheck | undefined {
    let raw = this.memory;
    try {
      if (this.onDevice) raw = this.storage!.getItem(this.key);
    } catch {
      this.onDevice = false;
      this.problem = 'unavailable';
    }
    this.revision = 0;
    if (raw === null) return undefined;
    try {
      const state = readState(JSON.parse(raw));
      this.revision = state?.revision ?? 0;
      if (state) return state;
    } catch {
      // Falls through: reported, not thrown.
    }
    this.problem = 'corrupt';
    // Keep the unreadable text beside it, so saving afresh never destroys the only copy.
    // Full or blocked: the notice still tells the person.
    this.try((storage) => storage.setItem(`${this.key}:unreadable`, raw));
    return undefined;
  }

  /**
   * Writes the self-check; returns false when it had to fall back to memory, or when the device
   * holds a newer result (then `newer` is true and nothing was written).
   */
  save(state: StoredSelfCheck, { replaceNewer = false }: SaveOptions = {}): boolean {
    const stored = this.onDevice ? this.storedRevision() : 0;
    // Newer: a later revision than this store last saw, counting as serial numbers do (RFC 1982),
    // since revisions start again at 1 after the largest safe integer (issue 25: at 9007199254740991
    // the next one was not a safe integer, read back as 0, and a second quiz overwrote the first).
    // An older one (this store's own write failed) is not newer. None on the device (0): nothing.
    const later = stored > this.revision || this.revision - stored > Number.MAX_SAFE_INTEGER / 2;
    this.newer = stored !== 0 && later && !replaceNewer;
    if (this.newer) return false;
    const highest = Math.max(stored, this.revision);
    // After the largest safe integer, revisions start again at 1 (compared by equality above).
    const revision = highest >= Number.MAX_SAFE_INTEGER ? 1 : highest + 1;
    const text = JSON.stringify({
      ...state,
      snapshots: state.snapshots.slice(-MAX_SNAPSHOTS),
      revision,
    });
    this.memory = text;
    this.revision = revision;
    if (!this.onDevice) return false;
    try {
      this.storage!.setItem(this.key, text);
      if (this.problem === 'corrupt') this.problem = undefined;
      return true;
    } catch (error) {
      this.onDevice = false;
      this.problem =
        error instanceof Error && /quota/i.test(`${error.name} ${error.message}`)
          ? 'full'
          : 'unavailable';
      return false;
    }
  }

  /** Removes everything stored under this key (device and memory). */
  clear(): void {
    this.memory = null;
    // When it throws, nothing more can be done; memory is already cleared.
    this.try((storage) => storage.removeItem(this.key));
  }

  /** The revision on the device now (0 when none, unreadable or unavailable). */
  private storedRevision(): number {
    try {
      const raw = this.storage!.getItem(this.key);
      return (raw !== null && readState(JSON.parse(raw))?.revision) || 0;
    } catch {
      return 0;
    }
  }

  /** Runs `write` on the device storage, if any, ignoring failure. */
  private try(write: (storage: StorageLike) => void): void {
    try {
      if (this.storage) write(this.storage);
    } catch {
      // Ignored: see the callers.
    }
  }
}

/**
 * A snapshot of `answers` dated `date` (now by default), labelled with team and organisation, and
 * with the plan made with them (reviewed at the next round).
 */
export function createSnapshot(
  answers: Answers,
  date: Date = new Date(),
  names: { readonly team?: string; readonly organisation?: string; readonly plan?: Plan } = {},
): Snapshot {
  const createdAt = date.toISOString();
  const team = names.team?.trim();
  const organisation = names.organisation?.trim();
  return {
    id: createdAt,
    createdAt,
    answers,
    ...(team ? { team } : {}),
    ...(organisation ? { organisation } : {}),
    ...(names.plan?.length ? { plan: names.plan } : {}),
  };
}
