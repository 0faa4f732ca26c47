// Registers every element of the package. The CDN bundle is built from this file.
import './ambition-map.js';
import './case-study-explorer.js';
