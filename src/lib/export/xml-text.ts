/**
 * Text made safe to place in an XML (SVG) document: characters XML 1.0 forbids
 * (control characters, lone surrogates, U+FFFE/U+FFFF) are removed, since one
 * of them in a name makes the whole SVG unreadable.
 */

/** Characters XML 1.0 does not allow anywhere, even escaped (control characters are the point here). */
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters XML forbids: xmlSafeText('Bad\u0001name') → 'Badname'. */
export const xmlSafeText = (text: string) => text.replace(NOT_XML, '');
