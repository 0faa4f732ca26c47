// dist/embed/resize.js: the one script a host page may add so that framed elements resize to
// fit their content. Any frame on the page can post a message (an ad frame once set itself to
// 100,000 px and pushed the page's content away), so this acts only on our frames (marked
// `data-ambitions-embed`, or loading a page from the folder this script came from) and only on a
// message from that frame's window whose origin is the origin of the frame's own `src`. Anything
// else is ignored silently.
const HEIGHT_MESSAGE_TYPE = 'ambitions-elements:height';
const MAX_HEIGHT = 100_000;

/**
 * The embed folder: where this script was loaded from (e.g. https://cdn.example/dist/embed/).
 * Only from a real script element: markup a visitor may post, `<img name="currentScript"
 * src="https://attacker.example/x.png">`, makes `document.currentScript` that image (issue 25),
 * which would make the attacker's folder ours. Then there is no folder: only frames marked
 * `data-ambitions-embed` are ours, and one warning says why.
 */
const current: unknown = document.currentScript;
const script = current instanceof HTMLScriptElement ? current : undefined;
if (current && !script)
  console.warn(
    'ambitions-elements resize.js: document.currentScript is not a script (an element on this page is named "currentScript"), so only frames marked data-ambitions-embed are resized.',
  );
const embedFolder = script?.src ? new URL('./', script.src).href : undefined;

function isOurs(frame: HTMLIFrameElement): boolean {
  return (
    frame.hasAttribute('data-ambitions-embed') ||
    (embedFolder !== undefined && frame.src.startsWith(embedFolder))
  );
}

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE_TYPE || typeof data.height !== 'number') return;
  if (!Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source || !isOurs(frame)) continue;
    if (originOf(frame.src) !== event.origin) continue;
    frame.style.height = `${Math.max(0, Math.min(Math.ceil(data.height), MAX_HEIGHT))}px`;
  }
});
