import { csvCell } from '../csv-cell.ts';

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break, formulas neutralised (csvCell); CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
