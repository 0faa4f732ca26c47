// The intranet demo's example team: its result file (with the plan it made) loaded into the
// element, which then opens on the results and the plan. A host would load a real file the same
// way (`importResult` returns the errors, naming each field, when a file is refused).
const file = {
  schema: 'ambitions-elements/self-check',
  version: 2,
  packageVersion: '0.1.0',
  createdAt: '2026-03-12T15:30:00.000Z',
  organisation: 'North Shire ICB',
  team: 'Ward 7 (older people)',
  mode: 'reflect',
  notes: '',
  answers: {
    'personalised-care-planning': { stage: 'interpret' },
    'shared-records': { stage: 'understand' },
    'evidence-and-information': { stage: 'understand', notes: 'We get NACEL but never discuss it' },
    'involving-supporting-and-caring': { stage: 'implement' },
    'education-and-training': { stage: 'interpret' },
    'access-24-7': { stage: 'implement' },
    'co-design': { stage: 'not-started' },
    leadership: { stage: 'interpret' },
  },
  plan: [
    {
      foundation: 'co-design',
      step: 'Invite two carers of recent patients to our quarterly review of end of life care.',
      lead: 'Priya Shah, ward manager',
      byWhen: '2026-06-30',
      howWeKnow: 'Two carers at the June review; one change we make because of what they said.',
    },
    {
      foundation: 'evidence-and-information',
      step: 'Put our NACEL results on the agenda of the May team meeting and pick one thing to change.',
      lead: 'Dr Tom Reed',
      byWhen: '2026-05-31',
      howWeKnow: 'The change is named in the minutes; next NACEL round shows where we stand.',
      caseStudy: 'evidence-and-information-1',
    },
    {
      foundation: 'shared-records',
      step: 'Check with the GP practices which advance care plans they can see from the ward.',
      lead: 'Sam Patel',
      byWhen: '2026-09-30',
    },
  ],
};

await customElements.whenDefined('self-check-quiz');
const quiz = document.getElementById('team-plan');
const outcome = quiz.importResult(JSON.stringify(file));
if (outcome.ok) quiz.go('results');
else console.warn('Example plan not loaded:', outcome.errors);
