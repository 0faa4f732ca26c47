// The demo's "Load the 40 sample files" button: fetches this site's own sample files (written by
// scripts/make-summary-demo.mjs) and hands them to the element as a person's file picker would.
const button = document.getElementById('load-samples');
const status = document.getElementById('load-status');
button.addEventListener('click', async () => {
  button.disabled = true;
  status.textContent = 'Loading the sample files\u2026';
  try {
    const names = await (await fetch('summary-files/index.json')).json();
    const files = await Promise.all(
      names.map(async (name) => {
        const text = await (await fetch(`summary-files/${name}`)).text();
        return new File([text], name, { type: 'application/json' });
      }),
    );
    await customElements.whenDefined('self-check-summary');
    const outcome = await document.querySelector('self-check-summary').addFiles(files);
    status.textContent = `Loaded: ${outcome.added} added, ${outcome.duplicates} duplicate.`;
  } catch {
    status.textContent = 'The sample files could not be loaded from this site.';
    button.disabled = false;
  }
});
