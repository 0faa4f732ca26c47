/*
 * jsQR (Apache-2.0), the QR decoder for browsers without `BarcodeDetector` (Firefox, and Chrome
 * on Windows and Linux). About 13 KB gzipped, so it is its own chunk, loaded only when a
 * facilitator starts scanning or reads a picture of a QR code: never in the first download of a
 * page (budgeted in scripts/size.mjs, "chunk:qr-decoder"). jsQR ships as a UMD script; the build
 * and the test server wrap it as a module (scripts/jsqr-module.mjs).
 */
export { default } from 'jsqr';
