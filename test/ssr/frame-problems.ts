/**
 * Records what a frame's page reports as wrong while our script runs on pre-rendered HTML: its
 * console errors and warnings (hydration mismatches, our one-line warnings) and uncaught errors.
 * The array fills as they happen; a test expects it empty at the end.
 */
export function recordProblems(win: Window & typeof globalThis): string[] {
  const problems: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(args.map(String).join(' '));
      original(...args);
    };
  }
  win.addEventListener('error', (event) => problems.push(event.message));
  return problems;
}
