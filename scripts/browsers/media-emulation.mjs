// Media emulation (print, prefers-color-scheme, prefers-reduced-motion) for engines whose
// automation protocol has none: Firefox over WebDriver BiDi (puppeteer-core's
// emulateMediaFeatures needs CDP) and WebKitGTK over WebDriver. It rewrites the page's media
// queries in place, in every style sheet it can reach (documents, shadow roots, constructed
// sheets, and sheets made later), and wraps matchMedia; Chromium gets real emulation over CDP.

/**
 * Rewrites a media query list as the page would read it with emulated media features.
 * A feature test that the emulation decides becomes one that is always true or always false,
 * and the media type swaps `print` and `screen` when print is emulated.
 * Runs in the browser (serialised with Function.prototype.toString), so it is self-contained.
 */
export function browserEmulateMedia(update) {
  const w = window;
  const state = (w.__wtrMediaEmulation ??= { original: new WeakMap(), emulation: {} });
  // As in Playwright: a field left out keeps its earlier value.
  for (const [key, value] of Object.entries(update)) {
    if (value !== undefined) state.emulation[key] = value;
  }
  const emulation = state.emulation;
  const yes = '(min-width: 0px)';
  const no = '(not (min-width: 0px))';
  const rewrite = (text) => {
    let out = text;
    const feature = (name, value) => {
      if (value == null) return;
      out = out.replace(new RegExp(`\\(\\s*${name}\\s*:\\s*([a-z-]+)\\s*\\)`, 'gi'), (_, wanted) =>
        wanted.toLowerCase() === value ? yes : no,
      );
      out = out.replace(new RegExp(`\\(\\s*${name}\\s*\\)`, 'gi'), () =>
        value === 'no-preference' ? no : yes,
      );
    };
    feature('prefers-color-scheme', emulation.colorScheme);
    feature('prefers-reduced-motion', emulation.reducedMotion);
    if (emulation.media === 'print') {
      out = out.replace(/\b(print|screen)\b/gi, (word) =>
        word.toLowerCase() === 'print' ? 'screen' : 'print',
      );
    }
    return out;
  };
  state.rewrite = rewrite;
  const visitRules = (rules) => {
    let changed = false;
    for (const rule of Array.from(rules)) {
      if (rule.media && 'mediaText' in rule.media) {
        if (!state.original.has(rule)) state.original.set(rule, rule.media.mediaText);
        const next = rewrite(state.original.get(rule));
        if (rule.media.mediaText !== next) {
          rule.media.mediaText = next;
          changed = true;
        }
      }
      if (rule.cssRules && visitRules(rule.cssRules)) changed = true;
    }
    return changed;
  };
  const visitSheet = (sheet) => {
    try {
      return visitRules(sheet.cssRules);
    } catch {
      return false; // a cross-origin sheet cannot be read
    }
  };
  state.visitSheet = visitSheet;
  const visitRoot = (root) => {
    for (const sheet of Array.from(root.styleSheets ?? [])) visitSheet(sheet);
    const adopted = [...(root.adoptedStyleSheets ?? [])]; // a copy: the property is a live array
    // WebKit does not always restyle a shadow root when a rule of an adopted sheet changes:
    // adopting none and then the same sheets again makes it.
    if (adopted.map(visitSheet).some(Boolean)) {
      root.adoptedStyleSheets = [];
      root.adoptedStyleSheets = [...adopted];
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) visitRoot(el.shadowRoot);
    }
  };
  visitRoot(document);
  // Style sheets made later (e.g. a Lit element defined after this call) are rewritten as they
  // are filled or adopted.
  if (!state.patched) {
    state.patched = true;
    const proto = CSSStyleSheet.prototype;
    const replaceSync = proto.replaceSync;
    proto.replaceSync = function (text) {
      replaceSync.call(this, text);
      w.__wtrMediaEmulation.visitSheet(this);
    };
    const replace = proto.replace;
    proto.replace = function (text) {
      return replace.call(this, text).then((sheet) => {
        w.__wtrMediaEmulation.visitSheet(sheet);
        return sheet;
      });
    };
    new MutationObserver(() => visitRoot(document)).observe(document, {
      childList: true,
      subtree: true,
    });
    const matchMedia = w.matchMedia.bind(w);
    w.matchMedia = (query) => matchMedia(w.__wtrMediaEmulation.rewrite(query));
  }
  // Resolve after the engine has had two frames to apply the change (WebKit updates shadow
  // roots' style scopes lazily); a timeout stands in where frames do not come.
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
    setTimeout(() => resolve(true), 250);
  });
}

/**
 * Wraps a launcher's getPage() so that the page it returns emulates media the way the tests
 * expect, with `emulate(page, update)` doing the work. Other page methods pass through.
 */
export function withMediaEmulation(launcher, emulate) {
  const getPage = launcher.getPage.bind(launcher);
  const wrapped = new WeakMap();
  launcher.getPage = (sessionId) => {
    const page = getPage(sessionId);
    if (!wrapped.has(page)) {
      const state = { features: new Map(), media: undefined };
      const proxy = new Proxy(page, {
        get(target, key) {
          if (key === 'emulateMediaFeatures') {
            return async (features = []) => {
              for (const { name, value } of features) state.features.set(name, value);
              await emulate(target, state);
            };
          }
          if (key === 'emulateMediaType') {
            return async (media) => {
              if (media !== undefined) state.media = media;
              await emulate(target, state);
            };
          }
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      wrapped.set(page, proxy);
    }
    return wrapped.get(page);
  };
  return launcher;
}

/** Chromium: one CDP call with media type and features together (separate calls reset each other). */
export async function emulateOverCdp(page, state) {
  const cdp = (page.__wtrCdp ??= await page.createCDPSession());
  await cdp.send('Emulation.setEmulatedMedia', {
    media: state.media ?? '',
    features: [...state.features].map(([name, value]) => ({ name, value })),
  });
}

/** Firefox (and any engine without protocol support): rewrite the page's media queries. */
export async function emulateInPage(page, state) {
  await page.evaluate(browserEmulateMedia, {
    media: state.media,
    colorScheme: state.features.get('prefers-color-scheme'),
    reducedMotion: state.features.get('prefers-reduced-motion'),
  });
}
