// How many knowledge questions a quiz asks, and its seed: apart from knowledge.ts so the quiz's
// element can read its attributes without the question generator, which loads with knowledge mode.

export const DEFAULT_QUESTIONS = 8;
export const MAX_QUESTIONS = 30;

/** A seed from an attribute: an integer as itself, any other text hashed (FNV-1a). */
export function toSeed(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value) >>> 0;
  const text = String(value ?? '').trim();
  if (/^-?\d+$/.test(text)) return Number(text) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
