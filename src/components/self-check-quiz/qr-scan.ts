import { gather } from './gather-actions.js';
import { gatherState } from './gathering.js';
import { scanState, SCANNER_FAILED } from './render-scanner.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/*
 * Reading members' QR codes: from the laptop's camera, or from a picture (a screenshot a member
 * sent). Loaded only when scanning starts. The browser's own `BarcodeDetector` where it has one
 * that reads QR codes; otherwise jsQR, itself loaded on demand (qr-decoder.ts). Frames never
 * leave the page: each is drawn to a canvas, read, and dropped.
 */

/** Reads the QR code in a picture on a canvas: its text, or null when none is found. */
type QrReader = (canvas: HTMLCanvasElement) => Promise<string | null>;

interface Detector {
  detect(source: HTMLCanvasElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?(): Promise<string[]>;
}

let reader: Promise<QrReader | undefined> | undefined;

/** The browser's QR reader, or jsQR's; undefined (never a rejection) when neither loads. */
export function qrReader(): Promise<QrReader | undefined> {
  return (reader ??= (async () => {
    const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    try {
      if (Native && (await Native.getSupportedFormats?.())?.includes('qr_code') !== false) {
        const detector = new Native({ formats: ['qr_code'] });
        return async (canvas: HTMLCanvasElement) =>
          (await detector.detect(canvas))[0]?.rawValue ?? null;
      }
    } catch {
      // A detector that cannot read QR codes here: jsQR below.
    }
    try {
      const { default: jsQR } = await import('./qr-decoder.js');
      return async (canvas: HTMLCanvasElement) => {
        const pixels = canvas
          .getContext('2d', { willReadFrequently: true })!
          .getImageData(0, 0, canvas.width, canvas.height);
        return jsQR(pixels.data, canvas.width, canvas.height)?.data ?? null;
      };
    } catch {
      reader = undefined; // try again next time (the connection may be back)
      return undefined;
    }
  })());
}

/** Draws a picture (a video frame or an image) onto a canvas no larger than 1280 px across. */
function toCanvas(source: CanvasImageSource, width: number, height: number): HTMLCanvasElement {
  const scale = Math.min(1, 1280 / Math.max(width, height, 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  canvas
    .getContext('2d', { willReadFrequently: true })!
    .drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

function say(q: SelfCheckQuiz, message: string) {
  scanState(q).message = message;
  q.announce(message);
  q.requestUpdate();
}

/** Why the camera could not be used, in plain words; typing and files always work. */
function cameraProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'The browser was not allowed to use the camera. Allow it in the browser’s site settings, or type the member’s code or add their file instead.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'No camera was found on this device. Type the member’s code or add their file instead.';
  if (name === 'NotReadableError')
    return 'The camera is in use by another program. Close it, or type the member’s code instead.';
  return 'The camera could not start. Type the member’s code or add their file instead.';
}

/** Starts the camera and adds each member's code it reads, until stopped or the panel goes. */
export async function startScanning(q: SelfCheckQuiz): Promise<void> {
  const s = scanState(q);
  if (s.scanning) return;
  const media = globalThis.navigator?.mediaDevices;
  if (!media?.getUserMedia)
    return say(
      q,
      'This browser offers no camera to this page (or the page is not served over https). Type the member’s code or add their file instead.',
    );
  s.message = '';
  s.scanning = 'starting';
  q.requestUpdate();
  const read = await qrReader();
  if (!read) {
    s.scanning = undefined;
    return say(q, SCANNER_FAILED);
  }
  let stream: MediaStream;
  try {
    stream = await media.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    s.scanning = undefined;
    return say(q, cameraProblem(error));
  }
  let running = true;
  s.stop = () => {
    running = false;
    for (const track of stream.getTracks()) track.stop();
    s.scanning = undefined;
    s.stop = undefined;
    q.requestUpdate();
  };
  s.scanning = 'on';
  q.requestUpdate();
  await q.updateComplete;
  const video = q.renderRoot.querySelector<HTMLVideoElement>('video.scanner-video');
  if (!video) return s.stop();
  video.srcObject = stream;
  await video.play().catch(() => undefined);
  say(q, 'The camera is on. Hold a member’s QR code up to it.');
  let last = '';
  while (running) {
    await new Promise((done) => setTimeout(done, 250));
    // The panel went (another screen, the element removed): the camera goes off with it.
    if (!video.isConnected) return s.stop?.();
    if (!running || video.readyState < 2 || !video.videoWidth) continue;
    const text = await read(toCanvas(video, video.videoWidth, video.videoHeight)).catch(() => null);
    // A phone held up stays in view for many frames: one reading per code.
    if (!text || text === last) continue;
    last = text;
    if (!gather(q, text, 'scanned')) say(q, gatherState(q).problem);
    else scanState(q).message = '';
  }
}

/** Reads QR codes from pictures (screenshots a member sent): each added, or why not. */
export async function readQrFromImages(q: SelfCheckQuiz, files: readonly File[]): Promise<void> {
  const read = await qrReader();
  if (!read) return say(q, SCANNER_FAILED);
  const problems: string[] = [];
  for (const file of files) {
    let text: string | null = null;
    try {
      const bitmap = await createImageBitmap(file);
      text = await read(toCanvas(bitmap, bitmap.width, bitmap.height));
      bitmap.close();
    } catch {
      // Not a picture the browser can open: said below.
    }
    if (!text) problems.push(`${file.name}: no QR code could be read in this picture.`);
    else if (!gather(q, text, 'picture')) problems.push(`${file.name}: ${gatherState(q).problem}`);
  }
  const s = gatherState(q);
  s.problem = problems.join(' ');
  if (problems.length) q.announce(s.problem);
  q.requestUpdate();
}
