import { foundations, type FoundationId } from '../content/index.js';
import { stages, type StageId } from './stages.js';

/**
 * A member's code: one team member's private ratings (a stage or "not rated" for each of the
 * guide's ten items) and an optional first name, as a short code they can read out, type, or show
 * as a QR code. Layout of the characters, before grouping:
 *
 *   version (1) | ratings and name length (6) | name (0-12, one character per letter) | check (1)
 *
 * - Alphabet: 31 characters, digits 2-9 and the capital letters without I, L and O, so no 0/O or
 *   1/I/l pair can be confused. Decoding is forgiving of case, spaces and dashes.
 * - Ratings: each item is 0 (not rated) or 1-5 (a stage), read as one number in base 6 (item 1
 *   first), times 13 plus the name's length, written as six base-31 digits.
 * - Check: the last character makes the weighted sum of every character's value (weights 1, 2,
 *   3, ... from the left) a multiple of 31. 31 is prime and every weight is 1-30, so one wrong
 *   character changes the sum by weight x difference, never a multiple of 31; two neighbouring
 *   characters swapped change it by exactly their difference, never a multiple of 31 either.
 *   So every single-character mistake and every swap of neighbours is refused.
 * - Version: the first character. This layout is version 1 ("A"); a later release that changes
 *   the layout takes the next letter and keeps reading this one.
 */

/** The code's characters: no 0, 1, I, L or O. 31 of them, a prime (see the check above). */
export const MEMBER_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = MEMBER_CODE_ALPHABET.length;

/** This release writes version 1, marked by "A" as the code's first character. */
export const MEMBER_CODE_VERSION = 1;
const VERSION_CHARACTERS: Readonly<Record<string, number>> = { A: 1 };

/** Longest first name a code carries (letters, hyphen, apostrophe, space). */
export const MAX_MEMBER_NAME = 12;
/** The name's characters, by value: A-Z, then hyphen, apostrophe and space. */
const NAME_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ-' ";
const RATING_DIGITS = 6;
/** Characters around the name: the version, the ratings and the check. */
const FIXED_LENGTH = 1 + RATING_DIGITS + 1;

/** A member's stage per item; items not present were not rated. */
export type MemberRatings = Readonly<Partial<Record<FoundationId, StageId>>>;

/** What a member's code holds. */
export interface MemberCode {
  readonly ratings: MemberRatings;
  /** Their first name as they wrote it in the code (capitals), if they gave one. */
  readonly name?: string;
}

export type MemberCodeRead =
  | { readonly ok: true; readonly value: MemberCode; readonly code: string }
  | { readonly ok: false; readonly error: string };

/** The code in groups of four for reading aloud: `A7KM-2QXR-9`. */
export function groupMemberCode(raw: string): string {
  return raw.match(/.{1,4}/g)?.join('-') ?? '';
}

/**
 * The first name as a code can carry it: accents dropped (é -> E), capitals, spaces collapsed;
 * undefined when empty. Never throws. Use `memberNameProblem` first to tell the person why a name
 * cannot be used, since this drops whatever else it cannot carry and cuts to MAX_MEMBER_NAME.
 */
export function codeName(name: string | undefined): string | undefined {
  const plain = (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^A-Z' -]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_MEMBER_NAME)
    .trim();
  return plain || undefined;
}

/** Why this first name cannot go into a code as written, in a plain sentence; '' when it can. */
export function memberNameProblem(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) return '';
  const plain = trimmed.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/[^A-Za-z'\u2018\u2019 -]/.test(plain))
    return 'A code can carry letters A to Z, hyphens, apostrophes and spaces only. Use initials, or leave the name out.';
  if (trimmed.length > MAX_MEMBER_NAME)
    return `A code can carry a first name of up to ${MAX_MEMBER_NAME} letters. Use a shorter form or initials.`;
  return '';
}

/** The weighted sum (weights 1, 2, 3, ... from the left) of the values, mod 31. */
function weightedSum(values: readonly number[]): number {
  return values.reduce((sum, value, i) => (sum + (i + 1) * value) % BASE, 0);
}

/**
 * The check value that makes the weighted sum of `values` and itself (at the next position) a
 * multiple of 31. Exported for the tests. @internal
 */
export function checkValue(values: readonly number[]): number {
  const weight = values.length + 1;
  // Solve sum + weight * c = 0 (mod 31): weight is 1-30, so it has an inverse mod the prime 31.
  let inverse = 1;
  while ((inverse * weight) % BASE !== 1) inverse++;
  return (((BASE - weightedSum(values)) % BASE) * inverse) % BASE;
}

/** A member's ratings and name as a code, grouped in fours. Never throws. */
export function encodeMemberCode({ ratings, name }: MemberCode): string {
  let number = 0;
  for (let i = foundations.length - 1; i >= 0; i--) {
    const stage = stages.findIndex((s) => s.id === ratings[foundations[i].id]);
    number = number * 6 + (stage + 1);
  }
  const letters = codeName(name) ?? '';
  number = number * (MAX_MEMBER_NAME + 1) + letters.length;
  const digits: number[] = [];
  for (let i = 0; i < RATING_DIGITS; i++) {
    digits.unshift(number % BASE);
    number = Math.floor(number / BASE);
  }
  const values = [
    MEMBER_CODE_ALPHABET.indexOf('A'),
    ...digits,
    ...[...letters].map((c) => NAME_CHARACTERS.indexOf(c)),
  ];
  values.push(checkValue(values));
  return groupMemberCode(values.map((v) => MEMBER_CODE_ALPHABET[v]).join(''));
}

const MISTYPED =
  'This code has a mistake: check it with the member (look for a swapped or misread character).';

/**
 * Reads a member's code as a person typed it: case, spaces, dashes and dots do not matter. Returns
 * the ratings and name, and the code written the standard way (`code`, grouped), or a plain
 * sentence saying why it was refused. Never throws.
 */
export function decodeMemberCode(text: unknown): MemberCodeRead {
  if (typeof text !== 'string') return { ok: false, error: 'Type the code the member was given.' };
  const raw = text.toUpperCase().replace(/[\s\-_.\u2010-\u2015]/g, '');
  if (!raw) return { ok: false, error: 'Type the code the member was given.' };
  const stray = [...raw].find((c) => !MEMBER_CODE_ALPHABET.includes(c));
  if (stray)
    return {
      ok: false,
      error: `"${stray}" is never in a code (codes use the digits 2-9 and letters without I, L and O). Check it with the member.`,
    };
  if (raw.length < FIXED_LENGTH || raw.length > FIXED_LENGTH + MAX_MEMBER_NAME)
    return {
      ok: false,
      error: `A code has ${FIXED_LENGTH} to ${FIXED_LENGTH + MAX_MEMBER_NAME} characters; this one has ${raw.length}. Check it with the member.`,
    };
  const values = [...raw].map((c) => MEMBER_CODE_ALPHABET.indexOf(c));
  if (weightedSum(values) !== 0) return { ok: false, error: MISTYPED };
  const version = VERSION_CHARACTERS[raw[0]];
  if (version === undefined)
    return {
      ok: false,
      error:
        'This code comes from a newer version of the self-check than this page. Ask the member for their file, or use the newest version of this page.',
    };
  return readVersion1(raw, values);
}

/** Version 1's layout (see the top of this file). */
function readVersion1(raw: string, values: readonly number[]): MemberCodeRead {
  let number = values.slice(1, 1 + RATING_DIGITS).reduce((n, v) => n * BASE + v, 0);
  const length = number % (MAX_MEMBER_NAME + 1);
  number = Math.floor(number / (MAX_MEMBER_NAME + 1));
  const nameValues = values.slice(1 + RATING_DIGITS, -1);
  if (
    length !== nameValues.length ||
    number >= 6 ** foundations.length ||
    nameValues.some((v) => v >= NAME_CHARACTERS.length)
  )
    return { ok: false, error: MISTYPED };
  const ratings: Partial<Record<FoundationId, StageId>> = {};
  for (const f of foundations) {
    const digit = number % 6;
    number = Math.floor(number / 6);
    if (digit) ratings[f.id] = stages[digit - 1].id;
  }
  const name = codeName(nameValues.map((v) => NAME_CHARACTERS[v]).join(''));
  return {
    ok: true,
    value: { ratings, ...(name ? { name } : {}) },
    code: groupMemberCode(raw),
  };
}

/** What a member's file says it is. */
export const MEMBER_FILE_FORMAT = 'ambitions-elements/member-ratings';

/**
 * A member's ratings as a file, for a member who is not in the room: their code (what the
 * meeting screen reads), and the same ratings spelt out for a person who opens the file. No notes:
 * those stay on the member's phone.
 */
export function memberFile(member: MemberCode): string {
  const code = encodeMemberCode(member);
  const name = codeName(member.name);
  return `${JSON.stringify(
    {
      format: MEMBER_FILE_FORMAT,
      version: MEMBER_CODE_VERSION,
      code,
      ...(name ? { name } : {}),
      ratings: Object.fromEntries(
        foundations.map((f) => [f.id, member.ratings[f.id] ?? 'not rated']),
      ),
    },
    null,
    2,
  )}\n`;
}

/**
 * Reads a member's file (or a file holding just a code): the code in it, checked as if typed.
 * The ratings spelt out in the file are for people; the code is what counts, so an edited file
 * cannot say something its code does not. Never throws.
 */
export function readMemberFile(text: string): MemberCodeRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A plain text file with the code in it reads too.
    return text.length < 100
      ? decodeMemberCode(text)
      : { ok: false, error: 'This is not a member’s ratings file.' };
  }
  const file = data as { format?: unknown; code?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== MEMBER_FILE_FORMAT)
    return { ok: false, error: 'This is not a member’s ratings file.' };
  return decodeMemberCode(file.code);
}
