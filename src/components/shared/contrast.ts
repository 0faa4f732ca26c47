// The brand colour's contrast with the white text drawn on it (item numbers, buttons): read by
// the base class's quick test, so a brand colour that reads well loads nothing more, and by
// markup-checks.ts, which says when it does not.

/**
 * The WCAG contrast of a colour with white, or NaN when the browser cannot say it as plain sRGB:
 * a canvas reads any CSS colour back as #rrggbb, or as rgba() when it is see-through (then the
 * ratio depends on what is behind it, so none is given).
 */
export function contrastWithWhite(colour: string): number {
  let ratio = ratios.get(colour);
  if (ratio === undefined) ratios.set(colour, (ratio = computeContrast(colour)));
  return ratio;
}

/**
 * Ratios by colour: every element of a page reads its brand colour when it connects (the quick
 * test), and the checks read it again; one canvas read per colour, not one per element and read.
 */
const ratios = new Map<string, number>();

function computeContrast(colour: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = colour;
  const [r, g, b] = (String(context.fillStyle).match(/^#(..)(..)(..)$/) ?? [0, '', '', ''])
    .slice(1)
    .map((hex) => {
      const c = parseInt(hex as string, 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
}
