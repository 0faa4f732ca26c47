// Registers every element of the package. The CDN bundle is built from this file.
import './self-check-quiz.js';
