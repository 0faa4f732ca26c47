import { checkHostPage } from './host-page.js';

// One file (one browser page): Firefox gives the system focus to the first test page only.
for (const page of ['nhsuk', 'govuk', 'bootstrap', 'tailwind', 'wordpress']) checkHostPage(page);
