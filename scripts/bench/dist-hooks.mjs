// Module hooks for `BENCH_DIST=/elsewhere/dist npm run bench`: a dist/ copied out of the repo (the
// "before" of a change) has no package.json saying its .js files are ES modules and no
// node_modules beside it, so its files load as modules and its bare imports (lit, @lit-labs/ssr)
// resolve from this repo. Registered by bench.mjs only when BENCH_DIST is outside the repo.
let distUrl = '';
let repoUrl = '';

export function initialize(data) {
  distUrl = data.distUrl;
  repoUrl = data.repoUrl;
}

export async function resolve(specifier, context, next) {
  const bare = !/^(\.{0,2}\/|[a-z]+:)/i.test(specifier);
  if (bare && context.parentURL?.startsWith(distUrl)) {
    return next(specifier, { ...context, parentURL: repoUrl });
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith(distUrl) && url.endsWith('.js')) {
    return next(url, { ...context, format: 'module' });
  }
  return next(url, context);
}
