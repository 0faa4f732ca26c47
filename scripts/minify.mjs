// Minifies the static parts of Lit's `html` and `css` tagged templates at build time (whitespace,
// comments, CSS shorthand), the biggest cut in the CDN bundle that changes no behaviour.
// One configuration for every place that builds the elements: rollup.config.mjs (npm and CDN
// builds), scripts/size.mjs, and web-test-runner.config.mjs, so the browser tests in three
// engines run against the same minified templates that ship.
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';

/** Oldest engines the CSS output must keep working in (lightningcss keeps syntax they know). */
const targets = { chrome: 100 << 16, firefox: 100 << 16, safari: 15 << 16 };

export const minifyTemplates = () =>
  minifyHTMLLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: {
        caseSensitive: true,
        collapseWhitespace: true,
        // One space stays where there was whitespace between inline content: text never joins up.
        conservativeCollapse: true,
        decodeEntities: true,
        minifyCSS: { minify: true, targets },
        removeAttributeQuotes: false,
        removeComments: true,
      },
    },
  });

/**
 * Terser options for the self-contained bundles (CDN and `npm run size`). Two compress passes and
 * arrow functions for methods that do not use `this` / `arguments` (what `unsafe_arrows` checks).
 */
export const terserOptions = {
  ecma: 2020,
  module: true,
  compress: { passes: 2, unsafe_arrows: true },
  format: { comments: false },
};

/**
 * Terser, run twice over each bundle. The second run starts from the first's output and inlines
 * what the first left as single-use functions (the summary's render helpers); more `passes` in one
 * run do not get there. Measured 2026-12-07 (gzip -9): the summary's one file 51,090 -> 50,541 B,
 * through the autoloader 57,644 -> 57,225 B, the quiz's one file 61,084 -> 61,032 B, the guide's
 * 20,895 -> 20,887 B; a third run moves a few bytes either way.
 */
export const terserTwice = () => [terser(terserOptions), terser(terserOptions)];
