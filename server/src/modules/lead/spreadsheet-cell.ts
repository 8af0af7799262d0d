/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe, which spreadsheets take as "this is text". Anything typed by a prospect on the
 * public form reaches exported files, so a name like `=HYPERLINK(…)` must not become a live link.
 * Plain numbers (+62… phones, -5) are left as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d .,]*$/;

export function spreadsheetCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The reverse on import: a leading apostrophe that only guarded a formula-like value goes away. */
export function fromSpreadsheetCell(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}
