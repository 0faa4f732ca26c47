import { svg, type SVGTemplateResult } from 'lit';
import {
  SUMMARY_STAGES,
  summaryStageLabel,
  type StageCounts,
  type SummaryStage,
} from '../../engine/index.js';

/**
 * Small SVG charts of the summary, drawn with attributes only (no classes, no style sheet), so the
 * same markup shows on screen, prints, and opens on its own once downloaded (a browser, a slide
 * deck). Each carries its text alternative as `<title>` and `<desc>`; the tables beside them hold
 * the same numbers.
 */

/** Stage fills: the element's own palette (self-check-summary.styles.ts). */
export const STAGE_FILL: Readonly<Record<SummaryStage, string>> = {
  'not-started': '#f6d7d2',
  understand: '#fbecc0',
  interpret: '#cfe6f7',
  implement: '#5d9cdb',
  embedded: '#005eb8',
  'not-answered': '#eef1f2',
};

const FONT = 'Arial, Helvetica, sans-serif';

/** One bar row: a label and its stage counts. */
export interface ChartRow {
  readonly label: string;
  readonly counts: StageCounts;
  /** A second, smaller label (the round) drawn before the bar. */
  readonly sublabel?: string;
  /** Extra space above the row (the start of a new item). */
  readonly gap?: boolean;
  /** Show "n = <teams>" after the bar: bars scaled to 100% hide how many teams each stands for. */
  readonly showTotal?: boolean;
}

/** Stacked horizontal bars, one per row, each scaled to its own total (100%). */
export function stackedBars(
  id: string,
  title: string,
  description: string,
  rows: readonly ChartRow[],
): SVGTemplateResult {
  const width = 640;
  const labelWidth = 250;
  const subWidth = rows.some((r) => r.sublabel) ? 110 : 0;
  const totalWidth = rows.some((r) => r.showTotal) ? 48 : 0;
  const barWidth = width - labelWidth - subWidth - totalWidth - 10;
  const rowHeight = 16;
  const legendHeight = 34;
  let y = legendHeight;
  const placed = rows.map((row) => {
    if (row.gap) y += 8;
    const at = y;
    y += rowHeight + 2;
    return { row, at };
  });
  const height = y + 4;
  const legend = SUMMARY_STAGES.map((stage, i) => {
    const x = i * 106;
    return svg`<rect x=${x} y="4" width="12" height="12" fill=${STAGE_FILL[stage]} stroke="#4c6272" stroke-width="0.5"></rect><text x=${x + 16} y="14" font-size="11" font-family=${FONT} fill="#212b32">${summaryStageLabel(stage)}</text>`;
  });
  // Long titles are cut to fit the label column; the text alternative and the tables hold them whole.
  const fit = (label: string) =>
    label.length > 44 ? `${label.slice(0, 42).trimEnd()}\u2026` : label;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" id=${id} role="img" aria-labelledby=${`${id}-title ${id}-desc`} viewBox=${`0 0 ${width} ${height}`} width=${width} height=${height}>
    <title id=${`${id}-title`}>${title}</title>
    <desc id=${`${id}-desc`}>${description}</desc>
    <rect width=${width} height=${height} fill="#ffffff"></rect>
    ${legend}
    ${placed.map(({ row, at }) => {
      const total = SUMMARY_STAGES.reduce((sum, s) => sum + row.counts[s], 0);
      let x = labelWidth + subWidth;
      const segments = SUMMARY_STAGES.filter((s) => row.counts[s] > 0).map((stage) => {
        const w = total ? (row.counts[stage] / total) * barWidth : 0;
        const start = x;
        x += w;
        const dark = stage === 'embedded';
        return svg`<rect x=${start.toFixed(1)} y=${at} width=${w.toFixed(1)} height=${rowHeight} fill=${STAGE_FILL[stage]} stroke="#ffffff" stroke-width="0.5"></rect>${
          w >= 16
            ? svg`<text x=${(start + w / 2).toFixed(1)} y=${at + 12} font-size="10" text-anchor="middle" font-family=${FONT} fill=${dark ? '#ffffff' : '#212b32'}>${row.counts[stage]}</text>`
            : ''
        }`;
      });
      return svg`${
        row.label
          ? svg`<text x="0" y=${at + 12} font-size="11" font-family=${FONT} fill="#212b32">${fit(row.label)}</text>`
          : ''
      }${
        row.sublabel
          ? svg`<text x=${labelWidth} y=${at + 12} font-size="10" font-family=${FONT} fill="#4c6272">${row.sublabel}</text>`
          : ''
      }${segments}${
        row.showTotal
          ? svg`<text x=${labelWidth + subWidth + barWidth + 6} y=${at + 12} font-size="10" font-family=${FONT} fill="#212b32">n = ${total}</text>`
          : ''
      }`;
    })}
  </svg>`;
}

/** Height of the title line drawn at the top of a chart's file (on screen a heading says it). */
const FILE_TITLE_HEIGHT = 24;

/**
 * The chart's markup as a file: Lit's markers (comments) removed, and its title (which names the
 * round) drawn as text at the top, so a picture pasted into a slide says what it shows.
 */
export function svgFile(node: SVGSVGElement): string {
  const clone = node.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute('role');
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const found: ChildNode[] = [];
  while (comments.nextNode()) found.push(comments.currentNode as ChildNode);
  for (const comment of found) comment.remove();
  const ns = 'http://www.w3.org/2000/svg';
  const width = node.viewBox.baseVal.width || 640;
  const height = (node.viewBox.baseVal.height || 400) + FILE_TITLE_HEIGHT;
  const body = document.createElementNS(ns, 'g');
  body.setAttribute('transform', `translate(0 ${FILE_TITLE_HEIGHT})`);
  for (const child of [...clone.childNodes])
    if (!(child instanceof Element && ['title', 'desc'].includes(child.localName)))
      body.append(child);
  const heading = document.createElementNS(ns, 'text');
  heading.setAttribute('x', '0');
  heading.setAttribute('y', '16');
  heading.setAttribute('font-size', '13');
  heading.setAttribute('font-weight', 'bold');
  heading.setAttribute('font-family', FONT);
  heading.setAttribute('fill', '#212b32');
  heading.textContent = clone.querySelector('title')?.textContent ?? '';
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', '#ffffff');
  clone.append(background, heading, body);
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** Offers a blob as a download (no network; the object URL is dropped straight after). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** The chart as a PNG at twice its size (for slides), drawn through a canvas. */
export async function pngOf(node: SVGSVGElement): Promise<Blob | null> {
  const width = node.viewBox.baseVal.width || 640;
  const height = (node.viewBox.baseVal.height || 400) + FILE_TITLE_HEIGHT;
  const url = URL.createObjectURL(new Blob([svgFile(node)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
