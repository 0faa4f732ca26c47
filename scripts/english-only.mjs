// The script-tag (CDN) builds have no way to register a translation: they leave out
// `configureLocalization` (docs/local-content.md: translate with `strings` in a
// `content-src` file there). So `@lit/localize`'s runtime could only ever return the English it is
// given, and reacting to locale changes could only render the same English again. This plugin
// gives those builds the two functions the elements call, with that behaviour and without the
// runtime (about 1.5 KB gz of every CDN page). The npm build keeps the real `@lit/localize`.
const id = '\0english-only-localize';

/** `msg(english, { id })` as @lit/localize's default (no translation installed) answers it. */
const source = `export const msg = (english) => english;
export const updateWhenLocaleChanges = () => {};
`;

export const englishOnly = () => ({
  name: 'english-only-localize',
  resolveId: (source) => (source === '@lit/localize' ? id : null),
  load: (loaded) => (loaded === id ? source : null),
});
