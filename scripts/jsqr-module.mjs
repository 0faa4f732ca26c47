/**
 * jsQR (the QR decoder loaded when a facilitator starts scanning, src/components/self-check-quiz/
 * qr-decoder.ts) ships only as a UMD script. These plugins wrap it as an ES module with a default
 * export, for the builds (rollup) and the test server (web-test-runner), so no CommonJS plugin is
 * needed. A consumer's bundler reads the UMD file itself.
 */
const JSQR = /[\\/]jsqr[\\/]dist[\\/]jsQR\.js$/;

/** The UMD script as a module: it sees `module` and `exports`, and its export becomes the default. */
export const wrapJsQr = (code) =>
  `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`;

/** For rollup. */
export const jsqrModule = () => ({
  name: 'jsqr-module',
  transform: (code, id) => (JSQR.test(id) ? { code: wrapJsQr(code), map: null } : null),
});

/** For @web/dev-server (the test runner). */
export const jsqrModuleWds = () => ({
  name: 'jsqr-module',
  transform: (context) => (JSQR.test(context.path) ? { body: wrapJsQr(context.body) } : undefined),
});

/**
 * For the one-file builds (`inlineDynamicImports`): the decoder stays out of the file and is
 * loaded, when scanning starts, from `chunks/qr-decoder.js` beside it (the autoloader build's
 * chunk). Where the file was uploaded alone, that load fails and the screen says so; typing
 * codes and adding files still work.
 */
export const decoderBeside = (cdnDir) => ({
  name: 'qr-decoder-beside',
  resolveId: (source, importer) =>
    source === './qr-decoder.js' && importer && /self-check-quiz[\\/]qr-scan\.ts$/.test(importer)
      ? { id: `${cdnDir}/chunks/qr-decoder.js`, external: true }
      : null,
});
