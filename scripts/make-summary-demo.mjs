// Writes the intranet lead page's 40 sample result files (demo/summary-files/): fictional teams of
// fictional organisations in North Shire, two rounds (Jul to Sep 2025, Jan to Mar 2026), one
// file without a team name, one sent twice, one from the pre-release format (version 0).
//   node scripts/make-summary-demo.mjs
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const items = [
  'personalised-care-planning',
  'shared-records',
  'evidence-and-information',
  'involving-supporting-and-caring',
  'education-and-training',
  'access-24-7',
  'co-design',
  'leadership',
  'collaboration-and-partnership-working',
  'sharing-learning',
];
const stages = ['not-started', 'understand', 'interpret', 'implement', 'embedded'];
const teams = [
  ['Heronsgate Hospice', 'Inpatient unit'],
  ['Heronsgate Hospice', 'Hospice at home'],
  ['Heronsgate Hospice', 'Family support'],
  ['Heronsgate Hospice', 'Day services'],
  ['North Shire Community Health', 'District nursing, east'],
  ['North Shire Community Health', 'District nursing, west'],
  ['North Shire Community Health', 'Community palliative care'],
  ['North Shire Community Health', 'Care home support team'],
  ['Kestrel Vale Hospitals', 'Specialist palliative care'],
  ['Kestrel Vale Hospitals', 'Acute medicine'],
  ['Kestrel Vale Hospitals', 'Emergency department'],
  ['Kestrel Vale Hospitals', 'Bereavement office'],
  ['Larkfield Primary Care Network', 'GP practices'],
  ['Larkfield Primary Care Network', 'Care coordinators'],
  ['Ashby Moor Care Homes Group', 'Nursing homes'],
  ['Ashby Moor Care Homes Group', 'Residential homes'],
  ['North Shire Ambulance Service', 'Clinical hub'],
  ['Shire Voices (VCSE)', 'Compassionate neighbours'],
  ['North Shire Council', 'Adult social care'],
];
const notes = {
  'personalised-care-planning':
    'Care planning conversations are happening, but they are not yet recorded the same way across teams.',
  'shared-records':
    'Not everyone can see the shared care record yet; out-of-hours access is the gap we hear about most.',
  'education-and-training':
    'We have a training plan for new starters; agency staff are harder to reach.',
  'access-24-7': 'Overnight advice line works well; weekends are still patchy.',
  'co-design': 'We want to involve carers in redesigning our leaflets this year.',
  leadership: 'A board-level lead was named this quarter.',
  'collaboration-and-partnership-working':
    'Joint meeting with the care homes started in the autumn.',
  'sharing-learning': 'We would like to hear how other teams ran their audits.',
};

// A small deterministic generator so the files are the same on every run.
let seed = 20260301;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const file = (org, team, createdAt, answers, general = '') => ({
  schema: 'ambitions-elements/self-check',
  version: 1,
  packageVersion: '0.1.0',
  createdAt,
  ...(org ? { organisation: org } : {}),
  ...(team ? { team } : {}),
  mode: 'reflect',
  answers,
  notes: general,
});

const out = new URL('../demo/summary-files/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const written = [];
const write = (name, data) => {
  writeFileSync(new URL(name, out), `${JSON.stringify(data, null, 2)}\n`);
  written.push(name);
};
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

teams.forEach(([org, team], t) => {
  const first = {};
  const later = {};
  for (const [i, id] of items.entries()) {
    // Early stages are more common on the cross-system items (9, 10) and on shared records.
    const bias = i === 1 || i >= 8 ? 1.6 : 2.4;
    const value = Math.max(0, Math.min(4, Math.round(bias + (random() - 0.5) * 3)));
    if (random() < 0.06) continue; // "not sure" / skipped
    first[id] = { stage: stages[value] };
    const step = random() < 0.45 ? 1 : random() < 0.08 ? -1 : 0;
    later[id] = { stage: stages[Math.max(0, Math.min(4, value + step))] };
    if (notes[id] && random() < 0.25) later[id].notes = notes[id];
  }
  const day = String(3 + (t % 20)).padStart(2, '0');
  if (t < 18)
    write(
      `2025-09-${day}-${slug(org)}-${slug(team)}.json`,
      file(org, team, `2025-09-${day}T10:${String(t).padStart(2, '0')}:00.000Z`, first),
    );
  write(
    `2026-02-${day}-${slug(org)}-${slug(team)}.json`,
    file(org, team, `2026-02-${day}T14:${String(t).padStart(2, '0')}:00.000Z`, later),
  );
});
// A file without a team name, one sent twice (same team and day), one in the version-0 format.
write(
  '2026-02-24-self-check.json',
  file('Kestrel Vale Hospitals', '', '2026-02-24T09:30:00.000Z', {
    leadership: { stage: 'interpret' },
    'education-and-training': { stage: 'understand', notes: 'Mostly new staff this year.' },
    'access-24-7': { stage: 'implement' },
  }),
);
write('2026-02-03-heronsgate-hospice-inpatient-unit-copy.json', {
  ...JSON.parse(
    JSON.stringify(file('Heronsgate Hospice', 'Inpatient unit', '2026-02-03T16:00:00.000Z', {})),
  ),
});
write('2025-09-25-shire-voices-old-format.json', {
  schema: 'ambitions-elements/self-check',
  version: 0,
  packageVersion: '0.0.9',
  createdAt: '2025-09-25T11:00:00.000Z',
  organisation: 'Shire Voices (VCSE)',
  team: 'Befriending service',
  answers: { 7: 'understand', 9: 'interpret', 10: 'understand' },
});
writeFileSync(new URL('index.json', out), `${JSON.stringify(written, null, 2)}\n`);
console.log(`${written.length} files in demo/summary-files/`);
