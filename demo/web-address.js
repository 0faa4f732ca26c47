// Addresses as people type them, made usable the same way on the builder and the publish page:
// `www.example.org` gets `https://` with a note; what cannot work is left out with the reason.

/**
 * A web address as the person typed it, made usable: `www.example.org` gets `https://`, anything
 * that is not an http(s) address is left out with a reason. Returns `{ value?, note? }`. `where`
 * names what it is written into.
 */
export function checkWebsite(typed, where = 'the code') {
  const value = typed.trim();
  if (!value || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value)) return { value: value || undefined };
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(value)) {
    const fixed = `https://${value}`;
    return {
      value: fixed,
      note: `Written in ${where} as ${fixed}: a web address starts with https://.`,
    };
  }
  return {
    note: `This is not a web address, so it is left out of ${where}. Type it as your browser shows it, for example https://www.example.org.uk/contact.`,
  };
}

/**
 * A file or folder address as the person typed it, made usable the way the contact's website
 * is: `www.example.org/...` gets `https://` with a note; a path on their computer and a
 * WordPress attachment page (not the file) are refused with the reason. Returns
 * `{ value?, note? }`: no value means nothing usable (the snippet keeps a placeholder).
 */
export function checkFileAddress(typed) {
  const value = typed.trim();
  if (!value) return { value: undefined };
  if (/^[a-z]:[\\/]|^\\\\|\\/i.test(value) || /^file:/i.test(value))
    return {
      note: "This is a place on your computer, not a web address, so it cannot work on your website. Upload the file to your website's media library and paste the address it gives, for example https://www.example.org.uk/wp-content/uploads/grab-and-go-guide.js.",
    };
  if (/[?&](attachment_id|p|page_id)=\d+/i.test(value) || /\/attachment\//i.test(value))
    return {
      note: 'This is the address of a WordPress attachment page, not of the file itself. In the media library, open the file and copy its "File URL" (it ends in .js).',
    };
  if (/^(https?:\/\/|\/|\.{1,2}\/)/i.test(value)) return { value };
  if (
    /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(value) &&
    /^[^/]*\.[a-z]{2,}(?=[/:]|$)/i.test(value)
  ) {
    const fixed = `https://${value}`;
    return {
      value: fixed,
      note: `Written in the code as ${fixed}: a web address starts with https://.`,
    };
  }
  return { value };
}
