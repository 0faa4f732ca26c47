// The script of dist/embed/index.html. The page loads the CDN bundle first (module scripts run in
// order), so every element is registered here and the bundle is one file browsers cache once.
import { postHeightChanges, renderEmbedPage } from './embed-page.js';

const root = document.getElementById('embed');
if (root) {
  const request = renderEmbedPage(root, location.search);
  postHeightChanges(
    request?.frameId ?? new URLSearchParams(location.search).get('frame-id') ?? undefined,
  );
}
