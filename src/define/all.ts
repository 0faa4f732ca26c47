// Registers every element of the package. The CDN bundle is built from this file.
import './foundation-card.js';
import './grab-and-go-guide.js';
import './ambition-map.js';
import './case-study-explorer.js';
import './self-check-quiz.js';
import './self-check-summary.js';
import './community-lens.js';
