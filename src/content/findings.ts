import { deepFreeze } from './freeze.js';
import type { Findings } from './types.js';

/**
 * Findings the reflective elements draw on, from the report *Realising the Ambitions* (2023), not
 * the guide. Titles are the report's own list items or headings; each `text` quotes, word for
 * word, the report's sentences that support the title, with " … " where words are left out, and
 * `line` (to `toLine`) says where they are in realising-the-ambitions-report.txt. A content test
 * checks every one. Nothing here is new clinical content.
 */
export const findings: Findings = /*#__PURE__*/ deepFreeze({
  // Report 5.1 "Barriers:" list (lines 261-279). Where `text` comes from elsewhere in the report,
  // `pairedByUs` says the pairing is ours: the report does not explain its list items.
  barriers: [
    {
      title: 'Lack of awareness about the Ambitions framework',
      text: 'For the Framework to be adopted more outside of adult palliative care teams and hospices, more needs to be done to raise awareness and knowledge of the Framework in these other sectors.',
      line: 560,
      pairedByUs: true,
    },
    {
      title: 'Lack of leadership',
      text: 'Where people found implementation difficult when thinking about the systems, they often cited a lack of two things: leadership and resources.',
      line: 251,
      pairedByUs: true,
    },
    {
      title: 'Perceived lack of agency to make changes',
      // The list item alone: no sentence of the report explains it.
      text: 'Perceived lack of agency to make changes',
      line: 267,
    },
    {
      title: "Lack of clarity about one's role in realising the Ambitions",
      text: 'People had different expectations about who should be responsible for implementation, with it being a mixture of higher-level leadership (commissioners, Trust directors) as well as service managers and frontline staff.',
      line: 235,
      pairedByUs: true,
    },
    {
      title: 'Difficulty engaging stakeholders',
      text: 'Here people expressed interest, and in some cases involvement, in collaborative working across the system; this could be difficult due to weak ties, lack of resources, and/or perceived one-way communication.',
      line: 485,
      pairedByUs: true,
    },
    {
      title: 'Deficits in infrastructure and resources',
      text: "For example, when discussing shared records, people tended to agree that this is a good thing that supports person-centred care. Yet, systems are often determined at a 'much-higher level'. There are also resource implications. In some cases, even if organisations used the same IT system, 'the programmes don't talk to each other'.",
      line: 247,
      pairedByUs: true,
    },
    {
      title: 'Difficulty measuring progress',
      text: 'Ambition statements were not effective for measuring progress. Many reported to lack confidence and resources to measure progress effectively.',
      line: 249,
      pairedByUs: true,
    },
    {
      title: 'Change in personnel',
      text: 'Numerous people reported that they experienced setbacks, lack of replies, and change of external personnel delaying progress.',
      line: 493,
      pairedByUs: true,
    },
    {
      title: 'Length of the Ambitions document',
      text: 'Barriers: … Length of the Ambitions document',
      line: 261,
      toLine: 279,
    },
  ],
  // Report 5.1 "Facilitators:" list.
  facilitators: [
    {
      title: 'Appreciating progress and existing local action',
      // The list item alone: the sentence once paired with it (line 345) is about Ambition 6 only.
      text: 'Appreciating progress and existing local action',
      line: 283,
    },
    {
      title: 'Dedicated time and resources to work on the Ambitions',
      text: 'Leadership and resources were deemed by participants as key to drive implementation.',
      line: 48,
      pairedByUs: true,
    },
    {
      title: 'Sharing learning and networking',
      text: 'In the project, we found that people who engaged with the research found the project group sessions useful. They valued networking, sharing learning, and developing a deeper understanding about the Framework.',
      line: 505,
      toLine: 507,
      pairedByUs: true,
    },
    {
      title: 'Sharing examples of practice and documents',
      text: 'On occasion, people requested others share strategy documents or presentations with them directly or meeting up 1-1 for further discussions.',
      line: 507,
      pairedByUs: true,
    },
    {
      title: 'Being involved at strategic levels',
      text: 'One approach was to adopt the Framework as the main way of organising services at strategic level. This could be from using it to structure strategy and communications, to explicitly citing it in business cases and aligning it to institutional values (e.g. aligning to NHS Trust values). Those who adopted this approach often found the self-assessment tool helpful and tended to focus on their work on a service-level; it was not uncommon for several projects to be developed as a result of this. In some instances, people and services were able to provide leadership in their local area and for this approach to be adopted by others within the area.',
      line: 481,
      toLine: 483,
      pairedByUs: true,
    },
    {
      title: 'Embedding the Ambitions into meeting agendas and education',
      text: 'Training, especially staff training, was a primary focus for many case studies. … The Framework can be used to structure training and illustrate palliative care values.',
      line: 176,
      pairedByUs: true,
    },
    {
      title: 'Local champions who promote the Ambitions across levels and sectors',
      text: 'Participants identified Integrated Care Boards and End of Life Care Facilitators as key positions for realising the Ambitions and these recommendations. However, from the case studies we can see that people across levels and roles can have the agency to enact these recommendations.',
      line: 566,
      pairedByUs: true,
    },
  ],
  // Report 5.4, question 2: the three approaches. 5.4 heads the third "Complimentary" (a
  // misspelling); its title here is the executive summary's own words for it (line 48).
  approaches: [
    {
      title: 'Strategic',
      text: 'One approach was to adopt the Framework as the main way of organising services at strategic level. This could be from using it to structure strategy and communications, to explicitly citing it in business cases and aligning it to institutional values (e.g. aligning to NHS Trust values). Those who adopted this approach often found the self-assessment tool helpful and tended to focus on their work on a service-level; it was not uncommon for several projects to be developed as a result of this.',
      line: 481,
    },
    {
      title: 'Statements rather than Framework',
      text: "The second approach was similar to the first but tended to focus on specific Ambition statements rather than the entire framework (i.e. to avoid overwhelm) and typically focused on a specific service. This approach viewed implementation as more incremental, typically building on either existing 'good practice' and/or identified areas in need of improvement (e.g. from an inequality assessment or CQC report).",
      line: 485,
    },
    {
      title: 'Complement other work',
      text: 'The third approach was to be aware of the Framework but not draw on it heavily for strategic decision making or internal or partner communications. Whilst this approach appreciated the values and purpose of the Framework, it was viewed to predominately compliment service values rather than replace them; they also preferred the flexibility offered by orienting their services around business values rather than the Framework. Here the self-assessment tool was not necessarily helpful for generating action. People who adopted this approach, however, did still value hearing about other services and developments and being part of wider systems discussions about improvements across the sector.',
      line: 487,
    },
  ],
  // Report 5.2: Ambition 6 and what community means, with the report's caveats kept.
  community: {
    understandings: [
      {
        title: 'Community as public',
        text: "This described community in generic terms. Terms included 'general person', 'general public', 'layperson' or 'lay public'. These understandings portrayed communities as homogeneous. Their main characteristic was that they were not identified primarily by a professional role.",
        line: 311,
      },
      {
        title: 'Community as site',
        text: "People defined community by the location, place, or site of community – where they are. This included geographical area, such as a town or city. In some cases, people focused on the 'hyper-local', down to neighbourhoods or street level. People identified charities, churches, schools or even hospitals as being communities; the latter was noted by participants as 'surprising to realise' that the hospital was a community with a population the size of small town. On occasion, people talked about community as contrast to NHS settings, such as social care as being 'community'. Lastly, people spoke of online communities, recognising that these may or may not be tied to a geographical location or place.",
        line: 313,
      },
      {
        title: 'Community based on characteristics',
        text: 'Some participants spoke about the groups of people who are considered communities. This was identified by a particular aspect or shared characteristic. Examples include: different ethnic groups, faith groups, marginalised groups, vulnerable groups such as those experiencing homelessness, local interest groups, and volunteers. One participant summarised it as: community of play, community of purpose, and community of identity. Some complexity was added to the previous understandings by noting diverse or intersectional communities. It is important to note though that some of these groupings are based more on the perspective of the person who is defining it as a community rather than a self-definition by those who are deemed to be part of the community identified. Often these groups were spoken about as being external to the research participants, for example, communities they seek to engage with, rather than reflecting on the communities they are part of.',
        line: 315,
        toLine: 317,
      },
      {
        title: 'What it means to be in a community',
        text: 'Participants discussed what it meant to be part of a community. This included: self-perception, sense of belonging, loyalty, support, and ways of doing things, including different approaches to death and dying. They related these values to Ambition 6. We noted a shift in terminology within the sessions around whether communities support, care, or help (or a combination of this), and what these terms mean. Some participants started to define Ambition 6 as communities who care rather than communities who are prepared to help. Consequently, there was continuous questioning within sessions about what are communities and what are they expected to be and do.',
        line: 319,
      },
    ],
    caseStudies: [
      {
        title: 'Citizen-led Community of Practice and Support Hub',
        text: "Focused explicitly on building networks within the community, linking up existing groups and creating a practice of discussion and reflection. The aim was to develop local awareness about dying in a 'subtle, softly' way by providing places and spaces to commune. This enabled people to come together to share their experiences.",
        line: 351,
      },
      {
        title: 'Working with identified community groups',
        text: 'These were deemed to be under-represented within specialist palliative care within the area, for example ethnic minority groups or people experiencing homelessness. The purpose was to engage with these communities to explore how they understand palliative and end of life care, provide death literacy sessions, and to improve trust between members of community groups and the palliative care services.',
        line: 355,
      },
    ],
  },
  // Report 5.4, question 4: "Challenges:" and "Opportunities:" lists.
  challenges: [
    {
      title: 'Tension between focusing on local or specifics and need for systems approach',
      text: 'One of the main challenges that consistently arose in the research was a tension between focusing on specific service development and a more systems-wide approach, often with leadership at a higher level supporting and driving development in end of life care.',
      line: 503,
    },
    {
      title: 'Takes time to create changes',
      text: 'It takes time to develop this way of working, which is not readily applicable to other areas, and hence why in some instances it may be pragmatic to focus on service-level development.',
      line: 503,
    },
    {
      title: 'Lack of detailed examples but also detailed examples can feel limiting to learn from',
      text: 'In attending, people often expressed an expectation to hear details about a case study. … Very detailed examples could lead to responses where people thought that what occurred elsewhere was not applicable to their context. Or there was a perceived lack of information that would enable meaningful change.',
      line: 507,
    },
  ],
  opportunities: [
    {
      title: 'Leadership driving systems-wide approach',
      text: 'People expect that Integrated Care Boards will enable more action and increased partnership working.',
      line: 578,
    },
    {
      title: 'Build on existing networks',
      text: 'Where systems-level work was occurring, this was often building on previous networks and relied on key people retaining institutional memory and relationships.',
      line: 503,
    },
    {
      title: 'Dedicate workload to realising the Ambitions',
      text: 'Where systems-level work was occurring, this was often building on previous networks and relied on key people retaining institutional memory and relationships. They also tended to have dedicated workload attributed to this type of working.',
      line: 503,
    },
    {
      title: 'Develop a programme of changes over time',
      text: 'We found that some case studies reported successfully developing a programme of work over years. To do this they prioritised a small number of changes or innovations at any one time.',
      line: 503,
    },
    {
      title: 'Facilitate sharing learning and networking',
      text: 'In attending, people often expressed an expectation to hear details about a case study. In our observation of the dynamics, however, what people responded to most was talking with others. This enabled them to think through general issues or approaches, rather than a step-by-step overview.',
      line: 507,
    },
    {
      title: 'Talk about the difficulties',
      text: 'People also valued hearing that others have found it difficult to implement aspects of the Framework. This was especially around difficulties with partnership working (within and beyond palliative care). Hearing this reassured them that their approaches were not necessarily wrong if they found it difficult to make progress with potential partners.',
      line: 507,
    },
    {
      title: 'Embed the Framework in local strategy and communications',
      text: 'People noted the need for ongoing engagement with the Framework in order to successfully implement it. Where the Framework is embedded in local strategy and communications, there is implicit on-going learning and engagement with Framework.',
      line: 509,
    },
    {
      title: 'Share the Framework beyond palliative and end of life care services',
      text: 'This clinical focus is also reflected in that most of the case studies were driven by adult palliative and end of life care services. Therefore, there are further opportunities for sharing learning across and beyond the sector, including in paediatric palliative care, social care, and with voluntary services.',
      line: 509,
      toLine: 511,
    },
    {
      title: 'Realise how interpretations of Ambitions impacts action, especially around community',
      text: 'Our focus on Ambition 6 showed the importance of attending to how people understand and interpret community. The ways in which people think about community influence what kinds of actions they think are possible. There is a difference between community engagement and education, and collaborative working involving communities.',
      line: 513,
    },
  ],
  // Report section 7, verbatim.
  recommendations: [
    'For the Framework to be adopted more outside of adult palliative care teams and hospices, more needs to be done to raise awareness and knowledge of the Framework in these other sectors. Participants viewed that Integrated Care Boards are well placed to facilitate this at a strategic level.',
    'Focus on the foundations to drive action. The Grab and Go Guide (Small Steps, Big Vision) provides prompt questions and examples to help people to think about the kinds of actions they could take.',
    'Collaboration and partnership working enables the Ambitions to be realised on a system-level. This takes time, resources, and relationship building. It requires understanding a range of perspectives, experiences, and knowledge. The Framework can provide structure for this, but one needs to check how others are understanding and interpreting the language.',
    'Expand opportunities for sharing learning about the Framework and examples of practice. This could be within Ambition partners, in other spaces, and within teams.',
    'When focusing on community, realise that how people understand the term impacts what they envision as possible and who they believe is responsible for realising Ambition 6. People seeking to implement Ambition 6 need support for reflection, information gathering, and relationship building.',
  ],
});
