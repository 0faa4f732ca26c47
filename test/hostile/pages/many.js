// 100 elements on one page: 80 cards (eight of each item) and four of each other element.
const ids = [
  'personalised-care-planning',
  'shared-records',
  'evidence-and-information',
  'involving-supporting-and-caring',
  'education-and-training',
  'access-24-7',
  'co-design',
  'leadership',
  'collaboration-and-partnership-working',
  'sharing-learning',
];
document.addEventListener('DOMContentLoaded', () => {
  const main = document.getElementById('many');
  for (let i = 0; i < 80; i += 1) {
    const card = document.createElement('foundation-card');
    card.setAttribute('foundation', ids[i % ids.length]);
    card.toggleAttribute('collapsible', i % 2 === 0);
    main.append(card);
  }
  for (const tag of [
    'grab-and-go-guide',
    'self-check-quiz',
    'ambition-map',
    'case-study-explorer',
  ]) {
    for (let i = 0; i < 5; i += 1) {
      const el = document.createElement(tag);
      if (tag === 'self-check-quiz') el.setAttribute('no-storage', '');
      main.append(el);
    }
  }
});
