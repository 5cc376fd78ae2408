/**
 * The one CSV writer of the project (open data files, chart and search downloads): RFC 4180
 * fields and rows, CRLF line ends, formulas neutralised.
 */

/** UTF-8 byte-order mark: Excel and WPS then read the Chinese in a CSV file correctly. */
export const CSV_BOM = '\uFEFF';

/**
 * One CSV field, safe to open in a spreadsheet. Excel, WPS and LibreOffice read a cell beginning
 * with = + - @ (or a tab or carriage return) as a formula, which can fetch URLs or run commands,
 * so such text gets a leading apostrophe, as OWASP's "CSV Injection" page advises; a plain number
 * ("-3", "+0.5") is no formula and stays as it is, so numeric columns keep their values. A field
 * holding a comma, quote or line break is quoted (RFC 4180).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const FORMULA_START = /^[=+\-@\t\r]/u;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u;

/** RFC 4180 CSV: each field through csvCell (quoted when it holds a comma, quote or line break, formulas neutralised); CRLF line ends. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
