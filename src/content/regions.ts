// Regions an organisation names in its examples file (content/local-examples.ts). No DOM.

/**
 * The seven NHS England regions (our list, from NHS England's regional teams), offered when an
 * organisation names its region; a file may still name any region in its own words.
 */
export const NHS_ENGLAND_REGIONS = [
  'East of England',
  'London',
  'Midlands',
  'North East and Yorkshire',
  'North West',
  'South East',
  'South West',
] as const;

/**
 * A region as typed, in the one spelling every file shares: spaces tidied, "&" read as "and",
 * and one of the seven NHS England regions in its own capitals ("north east & yorkshire" ->
 * "North East and Yorkshire"), so one region never shows as two.
 */
export function canonicalRegion(region: string): string {
  const tidy = region
    .replace(/\s*&\s*|\s+and\s+/gi, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
  return NHS_ENGLAND_REGIONS.find((r) => r.toLowerCase() === tidy.toLowerCase()) ?? tidy;
}
