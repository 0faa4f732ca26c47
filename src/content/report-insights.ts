import { deepFreeze } from './freeze.js';
import type {
  AmbitionSixFindings,
  CaseStudyNote,
  PracticeInsights,
  UnderstandInterpretImplement,
} from './types.js';

/*
 * More of the report *Realising the Ambitions* (2023) than the guide carries: its model of
 * understand, interpret and implement (5.1), its examination of Ambition 6 (5.2) and the answers
 * to its research questions that bear on practice (5.4). Every `text` is the report's words, with
 * " … " where words are left out; `line` (to `toLine`) is where they are in
 * realising-the-ambitions-report.txt. A content test checks each one against that file.
 * Kept apart from the guide's items so a lone card never downloads them.
 */

/**
 * Report 5.1. The self-check's stages (not started, understanding, interpreting, implementing,
 * embedded) are this package's reading of this model as a scale; the report proposes no scale.
 */
export const understandInterpretImplement: UnderstandInterpretImplement = /*#__PURE__*/ deepFreeze({
  model: {
    text: 'Analysis focused on how people understood, interpreted, and implemented the Framework. This is a three-stage theoretical model. We used this model because implementation requires many steps that involve making sense of the guidance. Additionally, people and organisations may be at different stages of implementation or operationalisation.',
    line: 103,
  },
  understand: {
    text: 'Across the project, we asked people about the language of the document. We queried what they thought different aspects meant. People spoke about how the Ambitions Framework provides shared language … They also acknowledged that each Ambition is broad and vague enough to be refined as needed within a service.',
    line: 217,
  },
  interpret: {
    text: "This aspect builds on 'understand' to see how people make sense of the Ambitions in relation to their own professional and/or personal experience. … It enables moving from 'what does it mean' to 'what does it mean for me'. Interpretations are contextual and caveated by experiences. This includes what limitations people perceive.",
    line: 225,
  },
  implement: {
    text: 'Focuses on how people operationalise the values and foundations found in the Framework – moving from vision to action. … By implementation we mean that they are taking steps to change what they do to align their work more closely with the Ambitions.',
    line: 235,
  },
  continuous: {
    text: 'Importantly for those we spoke to, implementation was not a one-off process. Implementation involves continuous service redesign, evaluation, and collaboration.',
    line: 237,
  },
});

/** Report 5.2: unpacking Ambition 6 (the four understandings are in `findings.community`). */
export const ambitionSix: AmbitionSixFindings = /*#__PURE__*/ deepFreeze({
  understand: {
    text: 'People understood Ambition 6 (Every community as prepared to help) in four main ways. This included: public, site, community based on characteristics, and what it means to belong to a community. It was not uncommon for people to speak about community in nostalgic terms. Communities were typically identified as being external to the speaker. People noted that someone could belong to multiple communities, or multiple understandings of community, at any one time.',
    line: 301,
  },
  communitiesWhoCare: {
    text: 'We noted a shift in terminology within the sessions around whether communities support, care, or help (or a combination of this), and what these terms mean. Some participants started to define Ambition 6 as communities who care rather than communities who are prepared to help.',
    line: 319,
  },
  interpretValue: {
    text: 'When it came to making sense of how community related to their own service setting and/or personal experience, we found that how people thought about community impacted what they think was or was not possible. … Overwhelmingly, people interpreted communities as a source of value –for dying individuals, those important to the dying person, and the communities themselves. Communities are also as a resource that could be drawn on by palliative care services (for both help and financial support, e.g. for hospice fundraising), although some noted that communities could be a barrier if they restrict access to healthcare services.',
    line: 321,
    toLine: 323,
  },
  interpretOutsideRemit: {
    text: 'When people thought of communities as external, some concluded that Ambition 6 was beyond their own remit. Consequently, they professed it was difficult for them or their service to realise Ambition 6. … In these accounts, interpreting community as external lead people to not realise what links and contacts they may already have with communities or community groups.',
    line: 325,
  },
  interpretWithAndFor: {
    text: 'Whilst there was acknowledgment that community groups may already be doing good work, others noted that much of the community engagement work related to the Ambitions still focused on clinical leadership in its interpretation. … However, in our workshop on community, there was discussion about spending time learning from community group leaders and understanding their views and valuing their expertise. This means that interpretations that valued community expertise may look different than interpretations that are clinically focused or driven. Participants warned about viewing community as a solution in these interpretations. They encourage working with and for the communities instead.',
    line: 331,
    toLine: 333,
  },
  interpretOwnCommunities: {
    text: 'Some did recognise that they belong to communities, and often that this was multiple and may not always be formal communities. When people adopted this interpretation, they began to speak about their spheres of influence in their day-to-day interactions, including friendships or workplace.',
    line: 339,
  },
  barriers: {
    text: "People shared a range of common barriers when they discussed what they do or had attempted to do. The main issue was that it could be assumed to be someone else's responsibility. Yet, when asked, people struggled to identify who this should be. Some wanted more community-oriented work at ICB level, adopting a community assets approach. People noted that there could be confusion about community engagement and community fundraising. … Additionally, there is a risk that individuals become 'the directory' for external links. Other common barriers included structural issues. For example, lack of resourcing for different types of activity (e.g. education) or disproportionate bureaucracy. … People discussed the practicalities of collaborative work. This included the lack of clarity of shared goals, lack of recognition of expertise, and unclear leadership. … Participants noted a long period of time is required to build meaningful relationships or networks. Lastly, whilst people noted that there could be pockets of good work there could still be issues of access, sustainability, and scalability.",
    line: 357,
  },
  facilitators: {
    text: 'Participants noted many things that facilitated their work towards realising Ambition 6. People advocated for dedicated time and spaces for community groups to meet together (with or without professional services involved). They noted the need for funding for linking up and networking. … Tapping into existing volunteer-based services was cited as a useful starting point. People suggested working with volunteers to enable ownership of community engagement. People spoke positively about examples that valued community-based expertise, spent time listening, and considered ownership. Ultimately, people sought to build trust.',
    line: 359,
  },
});

/** Report 5.4: answers to research questions 1 and 3 that bear on practice. */
export const practiceInsights: PracticeInsights = /*#__PURE__*/ deepFreeze({
  understanding: {
    text: 'Overall, people understand the Framework as outlining good end of life care and what services should strive for. For members of the public, they understood the Ambition statements more as what should be happening rather than aspirational. Professionals talked about the Framework as providing a shared language. Yet, participants had different understandings and interpretations about what aspects meant, especially when considering how to realise the Ambitions in practice.',
    line: 467,
  },
  ambitionOrder: {
    text: 'Others felt that Ambition 6 should be the first one listed. They thought other ambitions were more likely to naturally be progressed if Ambition 6 was prioritised. They noted that it may not be prioritised if listed last.',
    line: 469,
  },
  takesTime: {
    text: 'A recurring message arising from case studies was that it took time to operationalise the Ambitions. This involved taking time to understand what they meant for them locally. This included time to assess their current offering (either using the self-assessment tool or other means of benchmarking their service). Time to develop relationships with partners and time to secure funding was also required. Partnership and collaboration were deemed to be the most difficult to predict in terms of time required.',
    line: 491,
  },
  setbacks: {
    text: 'Numerous people reported that they experienced setbacks, lack of replies, and change of external personnel delaying progress. To address this, participants viewed tenacity and tapping into existing networks as key.',
    line: 493,
  },
  measuringProgress: {
    text: "However, we found that people were unsure of how to measure progress beyond gap analysis. For example, people noted that there were often changes in measures or evaluation strategies, which made it difficult to do year-on-year assessments or to know what was 'best' for their context. People mentioned NACEL and sought to align things with this where possible to reduce duplication in workload. This also indicates that people value national direction and indicators that enable comparison; they look towards NHS England for generating and promoting these.",
    line: 495,
  },
  systemLevel: {
    text: 'Since the Health and Care Act (2022) people expected to see more system-level work within ICS and ICBs. … People hoped to see links between the Framework and local developments. They wanted clearer systems-thinking to address the Ambitions and foundations.',
    line: 499,
  },
  appWish: {
    text: 'During the Evidence Cafés, people expressed a desire for more information about the Framework. They wanted easy to access information, prompts, and examples. People suggested an app that could incorporate the Framework, linked out to key documents, and help people connect.',
    line: 509,
  },
});

/** What the report says of its case studies, for the explorer's note. */
export const caseStudyNote: CaseStudyNote = /*#__PURE__*/ deepFreeze({
  notEvaluated: {
    text: 'Where there was considerable similarity between two or more case studies, we created a composite rather than list each individually. The case studies are provided as examples and have not been evaluated by the research team; we are therefore not referring to them as ‘best practice’ and cannot ascertain their impact.',
    line: 117,
  },
  whereFrom: {
    text: 'Firstly, we were mainly able to recruit case studies from individuals and organisations with palliative care as one of their primary interests.',
    line: 552,
  },
});
