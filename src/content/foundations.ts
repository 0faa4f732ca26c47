import { links } from './links.js';
import type { AmbitionId, Foundation, FoundationId, ReportQuote, RichText } from './types.js';

/**
 * The guide's ten items (report section 5.3, "SMALL STEPS, BIG VISION"), in order.
 * `title`, `what` and the Ask text are the guide's words, verbatim; only
 * extraction artefacts (stray `**`, broken line joins) were mended.
 * Links the extraction lost (`[text](#)`) get the URLs from links.ts.
 * One tuple per item (as in case-studies.ts): the field names are written once, below.
 */
type GuideItem = readonly [
  id: FoundationId,
  /**
   * Derived by us, not the guide's text: the Ambitions the report's case studies under the item
   * are tagged with, space separated, written out so a lone card need not bundle the case studies
   * (a test checks they stay equal to that derivation). All six for 9 and 10, which have no case
   * studies: the report added them as themes "invaluable to realising the Ambitions" (line 373);
   * they are shown with `ambitionsInReport`, never as a list of Ambitions.
   */
  ambitions: string,
  title: string,
  what: string,
  /** The guide's Ask paragraph as printed; split into questions below. */
  askText: string,
  /** "Example in action", one entry per sentence; a plain string is a sentence without links. */
  examples: readonly (string | RichText)[],
];

const items: readonly GuideItem[] = [
  [
    'personalised-care-planning',
    'A1 A4 A5',
    'Personalised care planning',
    'Conversations between the person, those close to them and professionals that explore and document the management of their health and care, considering the context of their life, identity and background, as well as family situation. It can include advance care planning and recording of preferences.',
    'What types of care planning are we already doing? What might improve the quality of the conversations? How could we involve more people in care planning? How equitable and effective is care planning across our system?',
    [
      'Advance Care Planning (ACP) education programme across entire locality.',
      'Adaptations to ACP documents for people with learning disabilities and culturally sensitive language translations.',
      [
        { text: 'Universal Principles for Advance Care Planning', href: links.universalPrinciples },
        '.',
      ],
    ],
  ],
  [
    'shared-records',
    'A1 A3 A4 A5',
    'Shared records',
    'The person and those who are caring for them can access records, such as care plans. It can include electronic systems to facilitate sharing across health and social care providers. It can refer to records created and shared by the person and those important to them.',
    'What information needs to be shared? How do we currently share information? What barriers do we currently have in accessing information within or across organisations? Does the person, or those important to them, have access to the records in a version that they understand?',
    [
      'Treatment escalation plans accessible across different services in an area.',
      [
        'Linked up IT systems between acute and primary care using ',
        {
          text: 'Palliative and End of Life Care Information Standard',
          href: links.informationStandard,
        },
        '.',
      ],
    ],
  ],
  [
    'evidence-and-information',
    'A1 A2 A3 A4 A5 A6',
    'Evidence and information',
    'The collection of data that can be used locally and nationally to understand service provision and evaluate interventions. It can include using and being involved in research.',
    'What routine data is being collected and how do we use it? Where are we currently using evidence to inform our actions? Are we collating and listening to a wide range of voices through feedback? Do I know how to make sense of the information I collect?',
    [
      [
        { text: 'National Audit of Care at End of Life', href: links.nacel },
        ' (NACEL) and local mortality data to inform action plan, including address inequities in access.',
      ],
      [
        'The ',
        { text: 'Integrated Palliative Care Outcome Scale', href: links.ipos },
        ' (IPOS) for patient care.',
      ],
    ],
  ],
  [
    'involving-supporting-and-caring',
    'A1 A3 A6',
    'Involving, supporting and caring for those important to the dying person',
    "Focusing on those around the dying person, such as family, friends and carers. It includes supporting them in their caring role, pre-bereavement and bereavement care. It involves understanding peoples' social context, cultural background and support networks, and how they want to be treated and respected.",
    'Have we mapped who is important to the (dying or bereaved) person and what resources/capacities they have to provide care or support? Does our language reflect how people talk about those important to them, including acknowledging their relationship? How are we working in partnership with people important to the dying person, carer and/or bereaved person? How do we support those who will be bereaved?',
    [
      'Befriending service for carers and bereaved.',
      'Bereavement Help Points for information.',
      ['Using ', { text: 'NICE guidelines on supporting carers', href: links.niceCarers }, '.'],
    ],
  ],
  [
    'education-and-training',
    'A5',
    'Education and training',
    'Education of staff and/or volunteers, ensuring they are competent in their knowledge about good end of life care and that this is maintained. It includes focusing on skills sets and quality assurance of training.',
    'What do people already know about end of life care? Are we making good use of free educational resources? How can we invest in and embed training across our system?',
    [
      [
        { text: 'National e-learning programme End of Life Care for All', href: links.eElca },
        ' (e-ELCA) with over 120 free online modules.',
      ],
      'End of Life Care Facilitator providing education across acute and community providers in an area, recording of who is trained.',
      'Palliative Care team using Ambitions Framework to structure education for all Trust staff.',
    ],
  ],
  [
    'access-24-7',
    'A2 A3 A4',
    '24/7 access',
    'System-wide access to end of life care support, including symptom management, at all hours and days of the week. This does not mean that each service must always be available, but that there is accessible and equitable coverage across a system/area to meet needs.',
    'Where would we direct someone out-of-hours? Who might need access to services out-of-hours and why? Are existing out-of-hour services accessible for all groups of people?',
    [
      'Hospice 24/7 helpline accessible to staff, individuals, and families.',
      // The self-assessment has no public URL: the guide's words stay as printed and the link,
      // after them, says where it goes (FutureNHS's home page, sign-in needed).
      [
        'Use of ',
        {
          text: 'Ambitions self-assessment',
          href: links.futureNhs,
          note: '(link: FutureNHS home page, sign-in needed)',
        },
        ' to identify gaps in service provision.',
      ],
    ],
  ],
  [
    'co-design',
    'A1 A2 A3',
    'Co-design',
    'Designing services in collaboration with people who have personal and professional experience of palliative and end of life care, including patients and carers. Methods of engagement can be creative, participatory, and experience-based. Co-design should embrace diverse views and not be limited to service provision commissioning decisions.',
    "What knowledge do I have about co-design? Who are we involving (individuals and organisations)? How do people want to be engaged with? Who is best placed to facilitate co-design processes? In what ways do we actively involve people in designing a service and making decisions about how we provide care? How are we learning from people's lived experiences, their support needs, and what care and support they access and want to access?",
    [
      'Project focusing on bereaved carers providing Trusts with insights on how to improve physical and support environments for end of life care and post-death experiences.',
    ],
  ],
  [
    'leadership',
    'A1 A3 A4 A5',
    'Leadership',
    'People and organisations who have the capacity and remit to identify what needs to happen, communicate visions, and motivate others to realise the Ambitions. Leadership is not limited to those with formal positions of authority.',
    'Who am I expecting to take this forward? In what ways can I instigate change? How can I support others to realise the Ambitions? What strategic leadership is needed for system-level changes?',
    [
      'Trusts showcase their ongoing development of services when writing local reports and presentations, highlighting how using the Framework has helped them identify gaps and goals.',
      'Team Leaders include the framework in regular meetings, fostering working cultures that support the Ambitions.',
      'Development of compassionate leadership that supports staff wellbeing and resilience.',
    ],
  ],
  [
    'collaboration-and-partnership-working',
    'A1 A2 A3 A4 A5 A6',
    'Collaboration and partnership working',
    'Working with others (within and beyond your organisation) on a common goal. Partnership may involve sharing resources and responsibilities.',
    'Who do we need to be working with? How knowledgeable are our potential partners with the Ambitions or end of life care? Have we discussed our expectations about roles and responsibilities? What barriers do we have to working together?',
    [
      'Hospice uses the Framework when working with partners to facilitate sharing goals and best practice under different themes, with dedicated time for networking and relationship building.',
    ],
  ],
  [
    'sharing-learning',
    'A1 A2 A3 A4 A5 A6',
    'Sharing learning',
    'The process of exchanging information and insights with others with the intention of achieving a common objective or goal over time. It can involve acquiring new knowledge and skills as well as becoming part of a community.',
    'Where can I find out about what others are doing? How can I tell others about what my organisation does and lessons learned? In what ways do I reflect on what others have done and try it out in my own practice? Am I open to learning from people with different experiences, perspectives, and roles (including from non-professionals)? What is needed to facilitate more intentional learning in the environments I am part of?',
    [
      // "FutureNHS" is plain text here in the guide (not a link), so it stays plain.
      'Involvement in workshops and networking events, including sharing documents and case studies (e.g. FutureNHS).',
      "Feedback learning to one's own team through meetings and learning events.",
    ],
  ],
];

/**
 * Items 9 and 10 have no case studies. The report (5.3) says why they were added and how they
 * relate to the Ambitions: in general, and to Ambition 6 in particular. Shown instead of a list,
 * so Ambition 6 never looks like their only Ambition.
 */
const addedItemsInReport: ReportQuote = /*#__PURE__*/ Object.freeze({
  text: 'invaluable to realising the Ambitions … help foreground actions that are important to realising Ambition 6',
  line: 373,
});

/** Splits the Ask paragraph into its questions; every question in the guide ends with "?". */
function splitQuestions(text: string): readonly string[] {
  return (text.match(/[^?]+\?/g) ?? []).map((q) => q.trim());
}

function freezeRich(text: string | RichText): RichText {
  return Object.freeze(
    typeof text === 'string'
      ? [text]
      : text.map((part) => (typeof part === 'string' ? part : Object.freeze({ ...part }))),
  );
}

export const foundations: readonly Foundation[] = /*#__PURE__*/ Object.freeze(
  items.map(([id, ambitions, title, what, askText, examples], i): Foundation =>
    Object.freeze({
      id,
      number: i + 1,
      title,
      what,
      ask: Object.freeze(splitQuestions(askText)),
      examples: Object.freeze(examples.map(freezeRich)),
      ambitions: Object.freeze(ambitions.split(' ') as AmbitionId[]),
      ...(i > 7 ? { ambitionsInReport: addedItemsInReport } : {}),
      // Items 9 and 10 were added by the guide's authors, not framework foundations.
      addedByGuide: i > 7,
    }),
  ),
);
