// The npm build (lit resolved by the dev server) registering ours under a prefix.
import { defineAll } from '/dist/index.js';

defineAll('acme-');
