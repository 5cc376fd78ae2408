/** Number formats of the benchmark table. */

export const seconds = (s: number): string => `${s.toFixed(1)} s`;
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(1)} KB`;
export const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MiB`;
export const ms = (value: number): string => `${Math.round(value)} ms`;
export const count = (n: number): string => n.toLocaleString('en-US');
/** "×1.37": ours divided by the baseline's. */
export const ratio = (ours: number, baseline: number): string =>
  baseline > 0 ? `×${(ours / baseline).toFixed(2)}` : '–';
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
