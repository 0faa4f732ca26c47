import { html, nothing } from 'lit';
import { actions, button } from './screen-helpers.js';
import type { SelfCheckQuiz } from './self-check-quiz.js';

/**
 * The camera part of the gathering panel: a button that starts scanning, the camera's picture
 * while it scans, and a plain message where there is no camera, no permission or no QR reader.
 * The scanning code (and, where the browser has no `BarcodeDetector`, the jsQR decoder) is loaded
 * only when scanning starts (qr-scan.ts, qr-decoder.ts).
 */

export interface ScanState {
  /** Scanning: asking for the camera ('starting') or reading its frames ('on'). */
  scanning?: 'starting' | 'on';
  /** Why scanning stopped or could not start, or what the last picture gave; '' for nothing. */
  message: string;
  /** Stops the camera (set while it runs). */
  stop?: () => void;
}

const scans = new WeakMap<SelfCheckQuiz, ScanState>();

/** The quiz's scanning state. */
export function scanState(q: SelfCheckQuiz): ScanState {
  let s = scans.get(q);
  if (!s) scans.set(q, (s = { message: '' }));
  return s;
}

/** Said where scanning cannot load: typing and files still work. */
export const SCANNER_FAILED =
  'The QR reader could not load here (offline, or this copy of the self-check came without it). Type the member’s code or add their file instead.';

export function renderScanner(q: SelfCheckQuiz) {
  const s = scanState(q);
  const start = (e: Event) => {
    q.keepFocus('scan', e);
    void import('./qr-scan.js').then(
      (m) => m.startScanning(q),
      () => {
        s.message = SCANNER_FAILED;
        q.announce(SCANNER_FAILED);
        q.requestUpdate();
      },
    );
  };
  const stop = (e: Event) => {
    q.keepFocus('scan', e);
    s.stop?.();
  };
  return html`${actions(
      s.scanning
        ? button('Stop scanning', stop, '', false, 'scan')
        : button('Scan a QR code with the camera', start, '', false, 'scan'),
    )}
    ${
      s.scanning
        ? html`<div class="scanner" part="scanner">
            <video
              class="scanner-video"
              muted
              playsinline
              aria-label="The camera’s picture"
            ></video>
            <p class="small">
              ${
                s.scanning === 'starting'
                  ? 'Asking the browser for the camera…'
                  : 'Hold a member’s QR code up to the camera. Each code read is added; press Stop scanning when all are in.'
              }
            </p>
          </div>`
        : nothing
    }
    <p class="scan-message" part="scan-message">${s.message}</p>`;
}
