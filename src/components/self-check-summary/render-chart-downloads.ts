import { html } from 'lit';
import { downloadBlob, pngOf, svgFile } from './charts.js';
import type { SelfCheckSummary } from './self-check-summary.js';

/**
 * "Download chart (SVG)" and "(PNG)" for a chart drawn in the element, for a slide deck. The SVG
 * carries its text alternative (`<title>`, `<desc>`); the PNG cannot, so the line says where it is.
 */
export function renderChartDownloads(s: SelfCheckSummary, id: string, name: string) {
  const node = () => s.shadowRoot?.getElementById(id) as SVGSVGElement | null;
  const day = new Date().toISOString().slice(0, 10);
  const svgDownload = () => {
    const chart = node();
    if (chart)
      downloadBlob(
        `self-check-${name}-${day}.svg`,
        new Blob([svgFile(chart)], { type: 'image/svg+xml' }),
      );
  };
  const pngDownload = async () => {
    const chart = node();
    const png = chart && (await pngOf(chart));
    if (png) downloadBlob(`self-check-${name}-${day}.png`, png);
  };
  return html`<p class="chart-downloads">
    <button part="button" type="button" @click=${svgDownload}>Download chart (SVG)</button>
    <button part="button" type="button" @click=${pngDownload}>Download chart (PNG)</button>
    <span class="hint">
      The SVG holds its text alternative; for the PNG, use the table above as the alternative.
    </span>
  </p>`;
}
