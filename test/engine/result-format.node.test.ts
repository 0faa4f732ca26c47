import { expect } from 'chai';
import { describe, it } from 'node:test';
import {
  createResultFile,
  parseCsv,
  readResultFile,
  resultFormat,
  readResultText,
  toCsv,
  toJson,
} from '../../src/engine/index.js';
import { foundations } from '../../src/content/index.js';

const file = createResultFile(
  {
    leadership: { stage: 'not-started' },
    'shared-records': { stage: 'understand', notes: 'a, b' },
  },
  { organisation: 'St Example Hospice', team: 'Ward 3', mode: 'reflect' },
);

describe('one rule for which format a result file is in', () => {
  it('a JSON text is JSON whatever its name, with a byte order mark and spaces first', () => {
    expect(resultFormat(toJson(file), 'ward-3.json')).to.equal('json');
    expect(resultFormat(`\uFEFF \n${toJson(file)}`, 'renamed.csv')).to.equal('json');
  });

  it('a CSV is CSV by its name or its commas; a text with neither is no format', () => {
    expect(resultFormat(toCsv(file, foundations), 'ward-3.csv')).to.equal('csv');
    expect(resultFormat(toCsv(file, foundations), 'ward-3.txt')).to.equal('csv');
    expect(resultFormat('hello', 'notes.txt')).to.equal(undefined);
  });

  it('the quiz and its plan screen read our JSON and our CSV to the same answers', () => {
    for (const [text, name] of [
      [toJson(file), 'ward-3.json'],
      [toCsv(file, foundations), 'ward-3.csv'],
      // A JSON file someone renamed to .csv still reads (the summary always read it).
      [toJson(file), 'ward-3.csv'],
    ]) {
      const read = readResultFile(text, name);
      expect(read.ok, name).to.equal(true);
      if (!read.ok) continue;
      expect(read.value.answers).to.deep.equal(file.answers);
      expect(read.value.team).to.equal('Ward 3');
    }
  });

  it("reads our CSV after a spreadsheet in a ';' locale re-saved it, and a tab-separated paste", () => {
    const withPlan = createResultFile(
      { leadership: { stage: 'understand', notes: 'Board; sponsor, =SUM(1)' } },
      {
        organisation: 'St Example Hospice',
        team: 'Ward 3',
        mode: 'reflect',
        plan: [{ foundation: 'leadership', step: 'Find a board sponsor; then ask' }],
      },
    );
    // As LibreOffice writes it with ';' (or a tab): every text cell quoted, the cells unchanged.
    const rows = parseCsv(toCsv(withPlan, foundations));
    for (const separator of [';', '\t']) {
      const text = rows
        .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(separator))
        .join('\r\n');
      const read = readResultFile(text, 'ward-3.csv');
      expect(read.ok, JSON.stringify(separator)).to.equal(true);
      if (!read.ok) continue;
      expect(read.value.answers.leadership).to.deep.equal(withPlan.answers.leadership);
      expect(read.value.plan).to.deep.equal(withPlan.plan);
      const summary = readResultText(text, 'ward-3.csv');
      expect(summary.ok && summary.results.length).to.equal(1);
    }
  });

  it("reads a ';' or tab-separated export pasted without a name, and with no comma in it", () => {
    const plain = createResultFile(
      { leadership: { stage: 'understand', notes: 'Board sponsor found' } },
      { organisation: 'St Example Hospice', team: 'Ward 3', mode: 'reflect' },
    );
    // Items whose titles have no comma, so the only separators are the spreadsheet's.
    const items = foundations.filter((f) => !f.title.includes(','));
    const rows = parseCsv(toCsv(plain, items));
    for (const separator of [';', '\t']) {
      const text = rows.map((row) => row.join(separator)).join('\n');
      expect(text.includes(','), 'the test text has no comma').to.equal(false);
      expect(resultFormat(text)).to.equal('csv');
      const read = readResultFile(text);
      expect(read.ok, JSON.stringify(separator)).to.equal(true);
      if (read.ok) expect(read.value.answers.leadership).to.deep.equal(plain.answers.leadership);
      const summary = readResultText(text, '');
      expect(summary.ok && summary.results.length).to.equal(1);
    }
  });

  it('refuses what is neither with the reasons the JSON reader gives', () => {
    const read = readResultFile('hello', 'notes.txt');
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.errors.join(' ')).to.match(/JSON/);
  });

  it('the summary decides by the same rule (a renamed JSON and a CSV both become one result)', () => {
    for (const [text, name] of [
      [toJson(file), 'ward-3.csv'],
      [toCsv(file, foundations), 'ward-3.csv'],
    ]) {
      const read = readResultText(text, name);
      expect(read.ok, name).to.equal(true);
      if (read.ok) expect(read.results.length).to.equal(1);
    }
  });
});
