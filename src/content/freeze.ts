/**
 * Content modules call this (and Object.freeze) at the top level, annotated as pure (the PURE comment) so a
 * bundler may still drop data an element never reads (the findings, for example).
 *
 * Freezes a plain-data tree so no element can mutate the shared guide content
 * by accident (every element renders from the same objects).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
