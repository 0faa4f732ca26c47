/**
 * A curly quote (“ ” ‘ ’). A value of ours that starts with one is what a rich-text editor (Word,
 * a CMS's visual view) makes of the snippet's straight quotes, after which the browser splits the
 * value at its first space (`contact-name=“St Brigid’s Hospice”` is `contact-name` "“St" and two
 * stray attributes). Test a value's first character: an apostrophe inside (`St Brigid’s`) is fine.
 */
export const CURLY_QUOTE = /[\u201c\u201d\u2018\u2019]/;
