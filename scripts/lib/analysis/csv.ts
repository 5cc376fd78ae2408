import { csvCell } from '../../../src/lib/csv-cell.ts';

/** UTF-8 byte-order mark: Excel and WPS then read the Chinese in a CSV file correctly. */
export const BOM = '\uFEFF';

/** RFC 4180 rows with CRLF line ends; a field is quoted when it holds a comma, quote or line break, and neutralised when it would start a formula (csvCell). */
export function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
