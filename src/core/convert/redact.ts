// Contact details are not carried into a review by default: postmortems often name people by
// e-mail address or phone number, and a review is shared more widely than its source.

const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
// International or North-American style numbers with separators; bare digit runs (ids, counts) stay.
const PHONE = /(?<![\w/#-])\+?\d{1,3}[ .-]\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}\b/g;

export const REDACTED_EMAIL = '[email redacted]';
export const REDACTED_PHONE = '[phone redacted]';

/** `text` with e-mail addresses and phone numbers replaced, and how many were. */
export function redactContacts(text: string): { text: string; count: number } {
  let count = 0;
  const redacted = text
    .replace(EMAIL, () => {
      count++;
      return REDACTED_EMAIL;
    })
    .replace(PHONE, () => {
      count++;
      return REDACTED_PHONE;
    });
  return { text: redacted, count };
}
