import type { HeadingLevel } from '../shared/heading.js';

/** The level below `level` (at most 6), for section headings under a screen heading. */
export const sub = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;
