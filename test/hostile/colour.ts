/** WCAG contrast helpers over computed colours (`rgb(...)` / `rgba(...)`). */
type Rgba = [number, number, number, number];

export function parseColour(value: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}

function luminance([r, g, b]: Rgba): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

export function contrast(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The first opaque background behind `el`, crossing shadow roots up to the page (white). */
export function backgroundBehind(el: Element): Rgba {
  let node: Element | null = el;
  while (node) {
    const bg = parseColour(getComputedStyle(node).backgroundColor);
    if (bg[3] >= 0.99) return bg;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return [255, 255, 255, 1];
}
