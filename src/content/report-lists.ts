import { deepFreeze } from './freeze.js';
import type { ReportQuote } from './types.js';

/**
 * The report's section 5.1 lists, "Barriers:" (lines 261-279) and "Facilitators:" (lines
 * 281-295), item by item in its words: what the plan screen shows. Kept apart from `findings`
 * (whose items carry longer quotes) so the quiz downloads only these lines.
 */
export const barriersAndFacilitators: {
  readonly barriers: readonly ReportQuote[];
  readonly facilitators: readonly ReportQuote[];
} = /*#__PURE__*/ deepFreeze({
  barriers: [
    { text: 'Lack of awareness about the Ambitions framework', line: 263 },
    { text: 'Lack of leadership', line: 265 },
    { text: 'Perceived lack of agency to make changes', line: 267 },
    { text: "Lack of clarity about one's role in realising the Ambitions", line: 269 },
    { text: 'Difficulty engaging stakeholders', line: 271 },
    { text: 'Deficits in infrastructure and resources', line: 273 },
    { text: 'Difficulty measuring progress', line: 275 },
    { text: 'Change in personnel', line: 277 },
    { text: 'Length of the Ambitions document', line: 279 },
  ],
  facilitators: [
    { text: 'Appreciating progress and existing local action', line: 283 },
    { text: 'Dedicated time and resources to work on the Ambitions', line: 285 },
    { text: 'Sharing learning and networking', line: 287 },
    { text: 'Sharing examples of practice and documents', line: 289 },
    { text: 'Being involved at strategic levels', line: 291 },
    { text: 'Embedding the Ambitions into meeting agendas and education', line: 293 },
    { text: 'Local champions who promote the Ambitions across levels and sectors', line: 295 },
  ],
});
