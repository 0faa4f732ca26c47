// dist/embed/resize.js: the one script a host page may add so that framed elements resize to
// fit their content. It only reads our documented height message and only from our frames.
const HEIGHT_MESSAGE_TYPE = 'ambitions-elements:height';
const MAX_HEIGHT = 100_000;

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE_TYPE || typeof data.height !== 'number') return;
  if (!Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.max(0, Math.min(Math.ceil(data.height), MAX_HEIGHT))}px`;
    }
  }
});
