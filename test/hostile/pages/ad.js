// An ad frame on the host page that claims to be one of ours: it posts our height message
// asking to be 100,000 px tall. resize.js must ignore it.
const grow = () =>
  parent.postMessage({ type: 'ambitions-elements:height', frameId: null, height: 100000 }, '*');
grow();
setInterval(grow, 100);
