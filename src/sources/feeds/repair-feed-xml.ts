/** `&` not starting a character or entity reference, the commonest way feeds break XML. */
const BARE_AMPERSAND = /&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;

/** `<` that cannot start a tag, comment, CDATA or processing instruction ("5 < 6"). */
const BARE_LESS_THAN = /<(?![A-Za-z_:/!?])/g;

/** Control characters XML 1.0 forbids (some feeds carry them from pasted text). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Repairs the usual breakage of hand-made feeds so a strict parser accepts them. */
export function repairFeedXml(xml: string): string {
  return xml.replace(BARE_AMPERSAND, "&amp;").replace(BARE_LESS_THAN, "&lt;").replace(XML_FORBIDDEN, "");
}
