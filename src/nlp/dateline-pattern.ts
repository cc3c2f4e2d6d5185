/**
 * The shape of a wire dateline ("KINGSTOWN, St. Vincent, Dec. 15 (Reuters) - ", "WASHINGTON, March 17 - "): read by
 * the lead-date reader (an undated text's day) and by the actor stage (the dateline's places are no actors).
 */

/** a month's name or abbreviation ("Sept.", "March"; in capitals too: "WASHINGTON, MARCH 23 -") */
export const MONTH_NAME =
  '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\\.?';
/** "March 17", "Sept. 30, 2004", "29 October 2004" */
const MONTH = `(?:${MONTH_NAME}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_NAME}(?:,?\\s+\\d{4})?)`;
/** a feed's credit before the dateline ("Canadian Press - BEIJING (AP) - ") */
const CREDIT = `(?:[A-Z][A-Za-z.&]*(?:\\s+[A-Z][A-Za-z.&]*){0,3}\\s+[-–—]\\s+)?`;
/**
 * an all-capitals place ("NEW DELHI", "U.N.", "BANGKOK/JEDDAH"), then ", Region" parts, a date and/or an "(Agency)" credit,
 * then a dash. At least one of those must be there (`isDateline`): a bare "NATO - " may be a headline's subject.
 */
export const DATELINE = new RegExp(
  `^${CREDIT}[A-Z][A-Z.'’ /-]*[A-Z.](?:,\\s*[A-Z][\\p{L}.'’ -]{0,30}?)*(?:,?\\s*${MONTH})?,?\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?[-–—]{1,2}\\s`,
  'u',
);

/** the dateline opening `text` (a sentence or a line), or null */
export function datelineAt(text: string): string | null {
  const m = DATELINE.exec(text);
  return m && /[A-Z]{2}/.test(m[0]) && /[,(\d]/.test(m[0]) ? m[0] : null;
}
