// The demo's sample files: fetched from this site (written by scripts/make-summary-demo.mjs) and
// handed to the element as a person's file picker would. They never join the lead's own files:
// when results are already there, the first press says so and asks again; the second clears them.
const button = document.getElementById('load-samples');
const cancel = document.getElementById('cancel-samples');
const status = document.getElementById('load-status');
const LOAD = 'Load the sample files';
let confirming = false;

function reset(message = '') {
  confirming = false;
  button.textContent = LOAD;
  cancel.hidden = true;
  status.textContent = message;
}

cancel.addEventListener('click', () => {
  reset('Nothing changed: your files are still there.');
  button.focus();
});

button.addEventListener('click', async () => {
  await customElements.whenDefined('self-check-summary');
  const summary = document.querySelector('self-check-summary');
  const own = summary.results.length;
  if (own && !confirming) {
    confirming = true;
    button.textContent = `Remove your ${own} ${own === 1 ? 'result' : 'results'} and load the samples`;
    cancel.hidden = false;
    status.textContent = `You have added ${own} ${own === 1 ? 'result' : 'results'}. Loading the samples removes them first.`;
    return;
  }
  button.disabled = true;
  cancel.hidden = true;
  status.textContent = 'Loading the sample files\u2026';
  try {
    const names = await (await fetch('summary-files/index.json')).json();
    const files = await Promise.all(
      names.map(async (name) => {
        const text = await (await fetch(`summary-files/${name}`)).text();
        return new File([text], name, { type: 'application/json' });
      }),
    );
    summary.results = [];
    const outcome = await summary.addFiles(files);
    reset(
      `Sample files loaded: ${outcome.added} fictional results, ${outcome.duplicates} duplicate. Choose "Start again" in the file list before adding your own files.`,
    );
  } catch {
    reset('The sample files could not be loaded from this site.');
  } finally {
    button.disabled = false;
  }
});
