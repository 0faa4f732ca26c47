import { svg, type SVGTemplateResult } from 'lit';

/*
 * A member's code as a QR code. The generator (lean-qr's "nano" build, MIT, about 2 KB gzipped:
 * the smallest well-kept one we measured, against uqr 3.5 KB and qrcode-generator 7 KB) is
 * loaded only when a member reaches their code, so no other reader of the quiz downloads it.
 * We draw the modules ourselves as one SVG path: no markup from a library, nothing the strict CSP
 * forbids.
 */

/** The modules of a QR code: `dark(x, y)` for 0 <= x, y < size. */
export interface QrModules {
  readonly size: number;
  dark(x: number, y: number): boolean;
}

let generator: Promise<((text: string) => QrModules) | undefined> | undefined;

/**
 * The QR generator, loaded the first time it is needed. Resolves undefined (never rejects) when it
 * cannot load (offline before it was fetched): the code and the file still work.
 */
export function loadQr(): Promise<((text: string) => QrModules) | undefined> {
  return (generator ??= import('lean-qr/nano').then(
    ({ generate, correction }) =>
      (text: string) => {
        const code = generate(text, { minCorrectionLevel: correction.M });
        return { size: code.size, dark: (x: number, y: number) => code.get(x, y) };
      },
    () => {
      console.warn('<self-check-quiz> member view: the QR code generator could not load.');
      generator = undefined;
      return undefined;
    },
  ));
}

/**
 * The QR code as an SVG drawing: dark modules on white with the standard four-module quiet zone,
 * `label` as its accessible name. Black on white always (scanners need the contrast, dark mode or
 * not).
 */
export function qrSvg(modules: QrModules, label: string): SVGTemplateResult {
  const quiet = 4;
  const side = modules.size + 2 * quiet;
  let d = '';
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++)
      if (modules.dark(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  return svg`<svg
    part="member-qr"
    class="member-qr"
    viewBox="0 0 ${side} ${side}"
    role="img"
    aria-label=${label}
    shape-rendering="crispEdges"
  ><rect width=${side} height=${side} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
