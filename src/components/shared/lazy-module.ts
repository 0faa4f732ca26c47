/**
 * A module loaded with `import()` the first time it is needed, so a page that never needs it
 * never downloads it (an npm build makes it a chunk of its own; the one-file bundles have it
 * inline): knowledge mode, the member view, the gathering panel. The base class loads its
 * local-content checks with its own few lines instead: through this, every element's code grew
 * 47-62 B gz (measured), and the guide's is over its target already.
 */
export interface LazyModule<M> {
  /** The module, once loaded. */
  module?: M;
  /** True once loading failed (after one console warning). */
  failed?: boolean;
  /** Starts loading (once; again after a failure when `retry`); settles either way, never rejects. */
  load(): Promise<unknown>;
}

export function lazyModule<M>(
  importer: () => Promise<M>,
  warning: string,
  retry = false,
): LazyModule<M> {
  let loading: Promise<unknown> | undefined;
  const lazy: LazyModule<M> = {
    load: () =>
      (loading ??= importer().then(
        (module) => (lazy.module = module),
        () => {
          lazy.failed = true;
          if (retry) loading = undefined;
          console.warn(warning);
        },
      )),
  };
  return lazy;
}
