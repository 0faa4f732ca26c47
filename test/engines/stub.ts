/**
 * Test helpers that take a platform feature away for the length of one callback, so a test can
 * prove the fallback path in an engine that has the feature. The property is restored after.
 */

function ownerOf(target: object, key: PropertyKey): object | undefined {
  let owner: object | null = target;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, key)) {
    owner = Object.getPrototypeOf(owner) as object | null;
  }
  return owner ?? undefined;
}

/** Runs `run` with `target[key]` replaced by `value` (found along the prototype chain). */
export async function replacing<T>(
  target: object,
  key: PropertyKey,
  value: unknown,
  run: () => T | Promise<T>,
): Promise<T> {
  const owner = ownerOf(target, key) ?? target;
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  Object.defineProperty(owner, key, { value, configurable: true, writable: true });
  try {
    return await run();
  } finally {
    if (descriptor) Object.defineProperty(owner, key, descriptor);
    else delete (owner as Record<PropertyKey, unknown>)[key];
  }
}

/** Runs `run` with `key` removed from `target` and its prototypes (`key in target` is false). */
export async function without<T>(
  target: object,
  key: PropertyKey,
  run: () => T | Promise<T>,
): Promise<T> {
  const removed: [object, PropertyDescriptor][] = [];
  let owner = ownerOf(target, key);
  while (owner) {
    removed.push([owner, Object.getOwnPropertyDescriptor(owner, key)!]);
    delete (owner as Record<PropertyKey, unknown>)[key];
    owner = ownerOf(target, key);
  }
  try {
    return await run();
  } finally {
    for (const [from, descriptor] of removed.reverse())
      Object.defineProperty(from, key, descriptor);
  }
}

/** Runs `run` with `CSS.supports` answering false for conditions that contain `text`. */
export function withoutCssSupport<T>(text: string, run: () => T | Promise<T>): Promise<T> {
  const original = CSS.supports.bind(CSS) as (...args: string[]) => boolean;
  return replacing(
    CSS,
    'supports',
    (...args: string[]) => (args.join(' ').includes(text) ? false : original(...args)),
    run,
  );
}

/** The engine the test runs in, from the user agent (for recording, never to skip a test). */
export function engineName(): 'Chromium' | 'Firefox' | 'WebKit' | 'unknown' {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'Firefox';
  if (/Chrome\/|Chromium\//.test(ua)) return 'Chromium';
  if (/AppleWebKit\//.test(ua)) return 'WebKit';
  return 'unknown';
}
