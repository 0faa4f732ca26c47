// Loaded first by every hostile page (inline scripts are forbidden there): records what a host
// would see go wrong, for the test in the parent frame to read.
window.__violations = [];
window.__errors = [];
window.__warnings = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(
    `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
  );
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
const error = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  error(...args);
};
