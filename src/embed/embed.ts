// The script of dist/embed/index.html. The page loads the CDN bundle first (module scripts run in
// order), so every element is registered here and the bundle is one file browsers cache once.
// The site's settings file (embed/site.json or embed/config/<name>.json) is read before the
// element is made, so the first render already shows the site's own contact and content.
import { postHeightChanges, readSiteFile, renderEmbedPage } from './embed-page.js';

const root = document.getElementById('embed');
if (root) {
  const request = renderEmbedPage(root, location.search, await readSiteFile(location.search));
  postHeightChanges(
    request?.frameId ?? new URLSearchParams(location.search).get('frame-id') ?? undefined,
  );
}
