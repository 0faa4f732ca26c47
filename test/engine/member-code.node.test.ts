import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foundations } from '../../src/content/index.js';
import {
  checkValue,
  codeName,
  decodeMemberCode,
  encodeMemberCode,
  MAX_MEMBER_NAME,
  MEMBER_CODE_ALPHABET,
  memberFile,
  memberNameProblem,
  readMemberFile,
  stages,
  type MemberRatings,
} from '../../src/engine/index.js';

const ratingsArb: fc.Arbitrary<MemberRatings> = fc
  .array(fc.option(fc.constantFrom(...stages.map((s) => s.id)), { nil: undefined }), {
    minLength: 10,
    maxLength: 10,
  })
  .map((list) =>
    Object.fromEntries(foundations.flatMap((f, i) => (list[i] ? [[f.id, list[i]] as const] : []))),
  );
const nameArb = fc.option(
  fc.stringMatching(new RegExp(`^[A-Z][A-Z' -]{0,${MAX_MEMBER_NAME - 2}}[A-Z]$`)),
  { nil: undefined },
);
const raw = (code: string) => code.replaceAll('-', '');

describe('member code (engine)', () => {
  it('round-trips 10,000 generated members: ratings and first name come back as given', function () {
    const same = (a: MemberRatings, b: MemberRatings) =>
      foundations.every((f) => a[f.id] === b[f.id]) &&
      Object.keys(a).length === Object.keys(b).length;
    fc.assert(
      fc.property(ratingsArb, nameArb, (ratings, name) => {
        const code = encodeMemberCode({ ratings, name });
        const read = decodeMemberCode(code);
        return (
          read.ok &&
          same(read.value.ratings, ratings) &&
          read.value.name === codeName(name) &&
          read.code === code
        );
      }),
      { numRuns: 10_000 },
    );
  });

  it('uses no look-alike characters, groups in fours, and is 8 to 20 characters long', () => {
    expect(MEMBER_CODE_ALPHABET).to.have.length(31);
    expect(MEMBER_CODE_ALPHABET).not.to.match(/[01IOL]/);
    const all = Object.fromEntries(foundations.map((f) => [f.id, 'embedded'] as const));
    expect(encodeMemberCode({ ratings: {} })).to.match(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const longest = encodeMemberCode({ ratings: all, name: 'Christabella' });
    expect(longest).to.match(/^(\w{4}-){4}\w{4}$/);
    expect(raw(encodeMemberCode({ ratings: all, name: 'Priya' }))).to.have.length(13);
  });

  it('is read whatever the case, spacing and dashes', () => {
    const code = encodeMemberCode({ ratings: { leadership: 'implement' }, name: 'Sam' });
    for (const typed of [
      code.toLowerCase(),
      raw(code),
      ` ${raw(code).replace(/(.{2})/g, '$1 ')} `,
      code.replaceAll('-', '\u2013'),
    ]) {
      const read = decodeMemberCode(typed);
      expect(read.ok, typed).to.equal(true);
      if (read.ok) expect(read.code).to.equal(code);
    }
  });

  it('refuses every single-character mistake and every swap of neighbours (exhaustive over 300 codes)', function () {
    const sample = fc.sample(fc.tuple(ratingsArb, nameArb), { numRuns: 300, seed: 28 });
    let tried = 0;
    const accepted: string[] = [];
    for (const [ratings, name] of sample) {
      const code = raw(encodeMemberCode({ ratings, name }));
      for (let i = 0; i < code.length; i++) {
        for (const c of MEMBER_CODE_ALPHABET) {
          if (c === code[i]) continue;
          const wrong = code.slice(0, i) + c + code.slice(i + 1);
          if (decodeMemberCode(wrong).ok) accepted.push(`${code} -> ${wrong}`);
          tried++;
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          if (decodeMemberCode(swapped).ok) accepted.push(`${code} -> ${swapped}`);
          tried++;
        }
      }
    }
    expect(accepted).to.deep.equal([]);
    expect(tried).to.be.greaterThan(50_000);
  });

  it('says what is wrong: a character codes never use, a wrong length, a mistake, a newer version', () => {
    const message = (text: string) => {
      const read = decodeMemberCode(text);
      return read.ok ? '' : read.error;
    };
    expect(message('A2MA-PXJ0-FF6V')).to.contain('"0" is never in a code');
    expect(message('AO22-2222')).to.contain('"O" is never in a code');
    expect(message('A222')).to.contain('8 to 20 characters; this one has 4');
    expect(message('')).to.contain('Type the code');
    expect(message(42 as unknown as string)).to.contain('Type the code');
    expect(message('A222-2223')).to.contain('has a mistake');
    // A well-formed code of version 2 ("B"), which this release cannot read yet.
    const values = [...'B222222'].map((c) => MEMBER_CODE_ALPHABET.indexOf(c));
    const v2 = `B222222${MEMBER_CODE_ALPHABET[checkValue(values)]}`;
    expect(message(v2)).to.contain('newer version');
  });

  it('still reads the committed fixture code of version 1', () => {
    // Written by this release (issue 28). A later release must keep reading it: never change it.
    const read = decodeMemberCode('A2MA-PXJ2-FF6V-E2KA-6W');
    expect(read.ok).to.equal(true);
    if (!read.ok) return;
    expect(read.value).to.deep.equal({
      ratings: {
        'personalised-care-planning': 'understand',
        'shared-records': 'not-started',
        'access-24-7': 'embedded',
        'co-design': 'interpret',
        leadership: 'implement',
      },
      name: 'ANNE-MARIE',
    });
  });

  it('carries a first name in capitals without accents, and says when a name cannot go in', () => {
    expect(codeName('  Zoë  ')).to.equal('ZOE');
    expect(codeName('O’Neil')).to.equal("O'NEIL");
    expect(codeName('')).to.equal(undefined);
    expect(memberNameProblem('Zoë')).to.equal('');
    expect(memberNameProblem('李')).to.contain('letters A to Z');
    expect(memberNameProblem('Maximilianus Jo')).to.contain('up to 12 letters');
  });

  it('writes a file with the code and reads the code back from it (not the spelt-out ratings)', () => {
    const member = { ratings: { 'co-design': 'embedded' as const }, name: 'Kit' };
    const text = memberFile(member);
    const file = JSON.parse(text);
    expect(file.ratings['co-design']).to.equal('embedded');
    expect(file.ratings.leadership).to.equal('not rated');
    expect(text).not.to.contain('notes');
    const read = readMemberFile(text);
    expect(read.ok && read.code).to.equal(encodeMemberCode(member));
    // Editing the spelt-out ratings changes nothing: the code counts.
    const edited = readMemberFile(text.replace('"embedded"', '"not-started"'));
    expect(edited.ok && edited.value.ratings).to.deep.equal(member.ratings);
    expect(readMemberFile(`${encodeMemberCode(member)}\n`).ok).to.equal(true);
    expect(readMemberFile('{"format":"other"}').ok).to.equal(false);
    expect(
      readMemberFile('{"format":"ambitions-elements/member-ratings","code":"A222"}').ok,
    ).to.equal(false);
  });
});
