/** The package's elements, in the order pages list them. */
export const ELEMENT_TAGS = [
  'grab-and-go-guide',
  'foundation-card',
  'self-check-quiz',
  'ambition-map',
  'case-study-explorer',
  'self-check-summary',
  'community-lens',
] as const;

/** What a page or a server renderer may set on an element: its attributes, and which are boolean. */
export interface ElementAttributes {
  readonly attributes: ReadonlySet<string>;
  readonly booleans: ReadonlySet<string>;
}

interface LitPropertyOptions {
  readonly attribute?: boolean | string;
  readonly type?: unknown;
  readonly state?: boolean;
}

/**
 * The attributes of a registered element, read from Lit's own property declarations, so a new
 * attribute is embeddable without touching this page.
 */
export function describeElement(ctor: CustomElementConstructor): ElementAttributes {
  const attributes = new Set<string>();
  const booleans = new Set<string>();
  const declared = (ctor as { elementProperties?: Map<PropertyKey, LitPropertyOptions> })
    .elementProperties;
  for (const [key, options] of declared ?? []) {
    if (options.state || options.attribute === false || typeof key !== 'string') continue;
    const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    attributes.add(name);
    if (options.type === Boolean) booleans.add(name);
  }
  return { attributes, booleans };
}
