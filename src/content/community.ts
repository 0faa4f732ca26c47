import { deepFreeze } from './freeze.js';

/*
 * Report 5.2 ("Unpacking Ambition 6"), for the community lens: how people understood Ambition 6,
 * what they found hard and what helped. Each `text` is the report's words, with " … " where words
 * are left out; `line` is where they start in realising-the-ambitions-report.txt.
 *
 * These three quotes are the same, word for word, as `ambitionSix.understand`, `.barriers` and
 * `.facilitators` in report-insights.ts on the content-trust branch (issue 13), whose node test
 * checks every quote against the report. Once that is in main, this module should re-export
 * those instead of holding copies.
 */

/** A quote from the report with the line of the report text where it starts. */
export interface CommunityQuote {
  readonly text: string;
  readonly line: number;
}

export interface CommunityFindings {
  /** How people understood Ambition 6: the four ways, and that communities seemed external. */
  readonly understand: CommunityQuote;
  /** What people found hard. */
  readonly barriers: CommunityQuote;
  /** What helped. */
  readonly facilitators: CommunityQuote;
}

export const communityFindings: CommunityFindings = /*#__PURE__*/ deepFreeze({
  understand: {
    text: 'People understood Ambition 6 (Every community as prepared to help) in four main ways. This included: public, site, community based on characteristics, and what it means to belong to a community. It was not uncommon for people to speak about community in nostalgic terms. Communities were typically identified as being external to the speaker. People noted that someone could belong to multiple communities, or multiple understandings of community, at any one time.',
    line: 301,
  },
  barriers: {
    text: "People shared a range of common barriers when they discussed what they do or had attempted to do. The main issue was that it could be assumed to be someone else's responsibility. Yet, when asked, people struggled to identify who this should be. … People noted that there could be confusion about community engagement and community fundraising. … Additionally, there is a risk that individuals become 'the directory' for external links. Other common barriers included structural issues. For example, lack of resourcing for different types of activity (e.g. education) or disproportionate bureaucracy. … People discussed the practicalities of collaborative work. This included the lack of clarity of shared goals, lack of recognition of expertise, and unclear leadership. … Participants noted a long period of time is required to build meaningful relationships or networks. Lastly, whilst people noted that there could be pockets of good work there could still be issues of access, sustainability, and scalability.",
    line: 357,
  },
  facilitators: {
    text: 'Participants noted many things that facilitated their work towards realising Ambition 6. People advocated for dedicated time and spaces for community groups to meet together (with or without professional services involved). They noted the need for funding for linking up and networking. … Tapping into existing volunteer-based services was cited as a useful starting point. People suggested working with volunteers to enable ownership of community engagement. People spoke positively about examples that valued community-based expertise, spent time listening, and considered ownership. Ultimately, people sought to build trust.',
    line: 359,
  },
});
