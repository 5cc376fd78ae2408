/**
 * The footer's offline button's strings, one file for the whole site (src/pages/offline-strings.json.ts)
 * rather than an attribute on every page; part of the offline shell (scripts/lib/offline/precache.ts).
 */
export const OFFLINE_STRINGS_FILE = 'offline-strings.json';

/** One language's strings; `{placeholders}` are filled on the page. The file keys them by the `lang` of a page's `<html>`. */
export interface OfflineStrings {
  save: string;
  saving: string;
  saved: string;
  outdated: string;
  failed: string;
}
