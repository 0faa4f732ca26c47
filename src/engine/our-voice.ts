/** Words that claim the report's voice or the voice of the site showing the example. */
const OUR_VOICE = /\b(?:the report|realising the ambitions|this (?:web ?site|site|page))\b/i;
/** Invisible characters that could split those words: zero-width, bidi controls, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * True when an organisation's name or region claims to be the report or "this website" (issue 25:
 * "the report Realising the Ambitions", "St Example Hospice (this website)"), also when written
 * with lookalike letters, invisible characters, or backwards behind a right-to-left override.
 */
export function claimsOurVoice(text: string): boolean {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '');
  return [plain, [...plain].reverse().join('')].some((t) => OUR_VOICE.test(t));
}
