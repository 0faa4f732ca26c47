import { SeenResults, type SelfCheckResultFile } from '../../engine/index.js';
import type { SummaryFileEntry } from './self-check-summary.js';

/**
 * The file list and the results after one file is removed. A result the removed file brought in
 * stays when another file also holds it (a copy that was counted once as a duplicate): that file
 * now brings it in, so removing the original never drops a team another file still carries.
 * Pure; files keep their order, and the first remaining holder of a result is the one credited.
 */
export function withoutFile(
  files: readonly SummaryFileEntry[],
  results: readonly SelfCheckResultFile[],
  index: number,
): { files: SummaryFileEntry[]; results: SelfCheckResultFile[]; restored: number } {
  const removed = files[index];
  const gone = new Set(removed?.status === 'added' ? removed.results : []);
  const kept = results.filter((r) => !gone.has(r));
  const rest = files.filter((_, i) => i !== index);
  if (!gone.size) return { files: rest, results: kept, restored: 0 };
  // Only copies of what went can come back: other files' results are compared with those alone,
  // not with every result kept (with 12,000 results that made one removal a 378 ms task).
  const went = new SeenResults(gone);
  const back = new SeenResults();
  let restored = 0;
  const next = rest.map((entry): SummaryFileEntry => {
    // What the file held but was counted elsewhere: all of a duplicate, the rest of a partial one.
    const held = entry.status === 'duplicate' ? entry.results : entry.held;
    if (entry.status === 'rejected' || !held?.length) return entry;
    const heldOrigins = entry.heldOrigins;
    const freshAt: number[] = [];
    held.forEach((r, i) => {
      if (went.has(r) && back.addIfNew(r)) freshAt.push(i);
    });
    if (!freshAt.length) return entry;
    const fresh = freshAt.map((i) => held[i]!);
    kept.push(...fresh);
    restored += fresh.length;
    const before = entry.status === 'added' ? entry.results : [];
    const origins =
      entry.status === 'added' && entry.origins
        ? [...entry.origins, ...freshAt.map((i) => heldOrigins?.[i] ?? [])]
        : heldOrigins
          ? freshAt.map((i) => heldOrigins[i] ?? [])
          : undefined;
    // Now it brings results in: no "already added" reason any more.
    return {
      name: entry.name,
      status: 'added',
      results: [...before, ...fresh],
      held,
      ...(heldOrigins ? { heldOrigins } : {}),
      ...(origins ? { origins } : {}),
      ...(entry.dropped ? { dropped: entry.dropped } : {}),
      ...(entry.droppedCount !== undefined ? { droppedCount: entry.droppedCount } : {}),
    };
  });
  return { files: next, results: kept, restored };
}
