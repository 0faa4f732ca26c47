// Loaded first (a classic script file, allowed by default-src 'self') into the embed page when a
// test serves it under a strict Content-Security-Policy: records every violation for the test.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
