// Test-only, served by the plain static server beside dist/: opens a page of the built folder
// in a frame of the same origin and runs the steps a test posts to it (the test page itself is on
// the test runner's origin, which cannot reach into this one). Answers { id, value } or { id, error }.
const frame = document.getElementById('page');
frame.src = `/${new URLSearchParams(location.search).get('page')}`;
addEventListener('message', async (event) => {
  const { id, code } = event.data ?? {};
  if (typeof code !== 'string') return;
  try {
    // A test harness: the steps come from the test file.
    const step = new Function('doc', 'win', `return (async () => { ${code} })();`);
    const value = await step(frame.contentDocument, frame.contentWindow);
    // Nodes (of the page's own realm) cannot cross postMessage: a found one answers true.
    const node = typeof value === 'object' && value !== null && 'nodeType' in value;
    event.source.postMessage({ id, value: node ? true : value }, '*');
  } catch (error) {
    event.source.postMessage({ id, error: String(error) }, '*');
  }
});
parent.postMessage({ ready: true }, '*');
