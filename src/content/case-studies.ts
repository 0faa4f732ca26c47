import type { AmbitionId, CaseStudy, FoundationId } from './types.js';

/**
 * Report section 4: every bullet, in the report's order, under the foundation
 * (items 1-8) whose heading it sits beneath. `title` is the bullet's bold lead
 * words; `summary` is the rest of the bullet verbatim, without the tag
 * parenthesis; `ambitions` are the report's tags ("A1-6" = all six).
 * Ids are derived below (`<slug>-<n>`) so they cannot be mistyped.
 */
/** `ambitions`: the tags, space separated. */
type Entry = readonly [title: string, summary: string, ambitions: string];

/** The report's "A1-6". */
const ALL = 'A1 A2 A3 A4 A5 A6';

const bySection: readonly (readonly [FoundationId, readonly Entry[]])[] = [
  [
    'personalised-care-planning',
    [
      [
        'Education programme',
        'providing training across a whole locality on advance care planning (ACP). This is provided by Mental Capacity Act team who provide support to staff to understand their duty of care within the principles of the Act. Full day training on the principle of the Mental Capacity Act and Deprivation of Liberty safeguards (DoLs) including ACP and how to implement',
        'A1 A5',
      ],
      [
        'Adaptations to ACP documents',
        'for people with learning disabilities and culturally sensitive language translations',
        'A1',
      ],
      // No bold words: the whole short phrase is the title and the summary.
      [
        'Use of the Universal Principles for Advance Care Planning',
        'Use of the Universal Principles for Advance Care Planning',
        'A1',
      ],
      // Bold words sit mid-sentence here: they become the title (capitalised as
      // a heading) and the whole bullet stays verbatim as the summary.
      [
        'Codes in data systems',
        'Looking to use codes in data systems to recognise a wider range of personalised care planning to avoid ‘tick box’ approach to whether someone has a particular document or not',
        'A1 A4 A5',
      ],
    ],
  ],
  [
    'shared-records',
    [
      [
        'RESPECT forms',
        '(Recommended Summary Plan for Emergency Care and Treatment) to create a summary of personalised recommendations for a person’s clinical care in a future emergency in which they do not have capacity to make or express choices',
        'A1 A3',
      ],
      [
        'Treatment escalation plans',
        'record information discussed between individuals and healthcare professionals. The Plan creates a personalised recommendation for clinical care in emergency situations, where individuals are not able to make decisions or express their wishes themselves',
        // The report prints "(A1, A3,)": a stray comma, not a missing tag.
        'A1 A3',
      ],
      [
        'Enhanced Summary Care Record',
        'including Summary Care Data in primary care. Roll out with training across GP practices',
        'A1 A3 A4',
      ],
      [
        'Palliative Care Register',
        'across primary care, care homes acute care enable access to timely information and providing reliable and regular performance data to clinicians and policy makers identifying areas for continued improvement',
        'A1 A4',
      ],
      [
        'Increasing use of electronic records',
        'and sharing these across primary and acute care, as well as investing in systems that can link with hospices and social care',
        'A4 A5',
      ],
      [
        'Use of the Palliative and End of Life Care Information Standard',
        'Use of the Palliative and End of Life Care Information Standard',
        'A1 A4',
      ],
    ],
  ],
  [
    'evidence-and-information',
    [
      [
        'National Audit of Care at End of Life (NACEL)',
        'is a national comparative audit of the quality and outcomes of care experienced by the dying person and those important to them during the last admission leading to death in acute hospitals, community hospitals and mental health inpatient providers in England, Wales and Northern Ireland. People reported that this is helpful to make comparisons and benchmark against other organisations with similar demographics',
        'A2 A4 A5',
      ],
      [
        'Self-assessment',
        'against the Ambitions Framework. This is an excel based assessment tool that can be used by individual organisations and/or the whole system to assess their progress in actions relating to the implementation of the Ambitions',
        ALL,
      ],
      [
        'Mortality data',
        'and other related data is – available from a variety of national sources including the Office for National Statistics (ONS), Public Health and the National End of Life Care Intelligence Network. People used this to make comparisons and benchmark against other organisations with similar demographics',
        'A2',
      ],
      // The bullet continues in a separate paragraph that carries its tags.
      [
        'Medical Examiner System',
        'to provide independent scrutiny of deaths, and to give bereaved people a voice. It also provides enhanced timely feedback to clinicians on the palliative care that has been provided',
        'A2 A5',
      ],
      [
        'Integrated Palliative care Outcome Scale (IPOS)',
        'is designed to measure those symptoms and concerns most often reported by people with advanced illness, physical and psychological symptoms, social and spiritual aspects, communication, information and practical needs',
        'A1 A3',
      ],
      [
        'RAPID score cards',
        'used by commissioners and clinicians to use local data to assess services, identify gaps/issues and develop improvement plans',
        'A2',
      ],
    ],
  ],
  [
    'involving-supporting-and-caring',
    [
      [
        'Befriending service',
        'provided by volunteers for older people who live alone, have no family living locally or feel socially isolated and lack social contact',
        'A1 A6',
      ],
      [
        'Bereavement support',
        'carers centre provides support to carers for up to two years offers one to one support a listening ear, support to combat isolation, peer to peer support groups and social activities',
        'A1 A3',
      ],
      [
        'Bereavement Help Points (BHP)',
        'provide drop-ins for anyone who has experienced a bereavement, irrespective of how recently or the type of bereavement. An opportunity to meet with others who have been bereaved in an informal, volunteer, community-led setting',
        'A6',
      ],
      [
        'Compassionate neighbours',
        'are fully trained local people who provide their time, companionship and support to people living in their community. Where possible, people are matched together according to their hobbies, interests and geography in the hope to grow genuine friendships. Good Neighbours provide a similar set-up focused on volunteer support',
        'A6',
      ],
      [
        'National Audit of Care at End of Life (NACEL)',
        'data relating to carers experience used to review and further develop relating to the needs of carers including bereavement',
        'A1 A3',
      ],
      [
        'Medical Examiner System',
        'the aim is to provide independent scrutiny of deaths, and to give bereaved people a voice',
        'A1',
      ],
    ],
  ],
  [
    'education-and-training',
    [
      [
        'End of life care facilitator',
        'providing education and training to a range of staff in acute and community services across an area covering all aspects of palliative care',
        'A5',
      ],
      [
        'National e-learning programme End of Life Care for All (e-ELCA)',
        'provides free access to over 120 online modules',
        'A5',
      ],
      [
        'Palliative Care educator and members of the Specialist Palliative Care Service',
        'deliver training programmes for all nursing staff and separate bespoke education for medical and other staff groups',
        'A5',
      ],
      [
        'Coroner education and training',
        'that is coroner-led and aimed at health and social care professionals. Focuses on legislation, verification of death and cremation',
        'A5',
      ],
    ],
  ],
  [
    'access-24-7',
    [
      [
        'Hospice 24/7 helpline',
        'accessible to staff, individuals, families within the community',
        'A2',
      ],
      [
        '7 day a week face to face service',
        'provided within Trust with a 24/7 advice from palliative care consultants',
        'A2 A3',
      ],
      [
        'Acute intervention team',
        'who are trained to recognise and manage palliative care needs and work closely with ward staff especially during the out of hours period',
        'A2 A3',
      ],
      [
        'Access to medicines for individuals at home',
        'through the promotion of the use of anticipatory medicines, updated palliative care medicine stock list. Supported by the creation of an electronic version of the palliative care Kardex and supported the development of a palliative care pharmacy network',
        'A2 A3 A4',
      ],
    ],
  ],
  [
    'co-design',
    [
      [
        'End of life care strategy development',
        'working across system to co-design with EOL Patient Forum, Carers forums and hospices to foreground people with personal experience',
        'A2',
      ],
      [
        'Carers involved',
        'in a quality improvement project to improve the experiences of carers whose loved one is dying or has died in a care setting. Programme developed by carers and professionals using an experience-based approach; the team visit the care setting and consider the environment and end of life care provision through the eyes of a carer. A summary report provides a platform for service improvement',
        'A1 A3',
      ],
    ],
  ],
  [
    'leadership',
    [
      [
        'Trusts showcasing',
        'their ongoing development of services when writing local reports and presentations, highlighting how by using the Framework it has helped them identify gaps, goals and future strategies',
        'A4',
      ],
      [
        'Local leadership',
        'within an area that champions palliative and end of life care ensuring that they are incorporated into other local strategies or business plans to reduce siloed working',
        'A4 A5',
      ],
      [
        'Team leaders',
        'using the Framework to structure staff meetings and foster a work culture that supports the Ambitions',
        'A5',
      ],
      ['Compassionate leadership', 'that supports staff wellbeing and resilience', 'A1 A3 A5'],
    ],
  ],
];

export const caseStudies: readonly CaseStudy[] = /*#__PURE__*/ Object.freeze(
  bySection.flatMap(([foundation, entries]) =>
    entries.map(([title, summary, tags], i): CaseStudy =>
      Object.freeze({
        id: `${foundation}-${i + 1}`,
        foundation,
        title,
        summary,
        ambitions: Object.freeze(tags.split(' ') as AmbitionId[]),
      }),
    ),
  ),
);
