/**
 * URLs for the links the guide names. The report's extracted text lost them
 * (it shows `[text](#)`), so they come from the project's facts file. Kept in
 * one place so a changed address is mended once for every element.
 */
export const links = {
  framework: 'https://www.england.nhs.uk/eolc/ambitions/',
  statutoryGuidance:
    'https://www.england.nhs.uk/publication/palliative-and-end-of-life-care-statutory-guidance-for-integrated-care-boards-icbs/',
  universalPrinciples:
    'https://www.england.nhs.uk/publication/universal-principles-for-advance-care-planning/',
  informationStandard: 'https://theprsb.org/standards/palliativeandendoflifecare',
  nacel: 'https://www.nacel.nhs.uk/',
  ipos: 'https://pos-pal.org/',
  niceCarers: 'https://www.nice.org.uk/guidance/ng150',
  eElca: 'https://www.e-lfh.org.uk/programmes/end-of-life-care/',
  /**
   * FutureNHS's home page (sign-in needed). The official self-assessment has no public URL; it is
   * reached from here, so links to it say so in their text.
   */
  futureNhs: 'https://future.nhs.uk/',
  niceEndOfLife: 'https://www.nice.org.uk/guidance/ng142',
  respect: 'https://www.resus.org.uk/respect',
  project:
    'https://wels.open.ac.uk/research/projects/open-thanatology/projects/ambitions-palliative-and-end-life-care',
  guideShortLink: 'https://tinyurl.com/ambitionsframework',
  ccBy: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Additional reading: NOT links the guide or the report gives. The project's peer-reviewed paper
 * on the guide (2024, after the report) and the earlier mapping report the report cites (its
 * reference 7) without an address. Any element that shows them must say they are further reading.
 */
export const additionalReading = {
  paper: 'https://bmcpalliatcare.biomedcentral.com/articles/10.1186/s12904-024-01466-8',
  mappingReport: 'https://oro.open.ac.uk/82928/',
} as const;
