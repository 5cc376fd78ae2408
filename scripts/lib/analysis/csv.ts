/** UTF-8 byte-order mark: Excel and WPS then read the Chinese in a CSV file correctly. */
export const BOM = '\uFEFF';

/** RFC 4180 rows with CRLF line ends; a field is quoted when it holds a comma, quote or line break. */
export function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
