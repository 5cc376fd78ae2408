import type { APIRoute } from 'astro';
import { HTML_LANG, LANGS, t } from '../i18n/ui.ts';
import type { OfflineStrings } from '../lib/offline-strings.ts';

/** `offline-strings.json`: what the footer's offline button says, in both languages (OfflineSave.astro). */
export const GET: APIRoute = () =>
  Response.json(
    Object.fromEntries(
      LANGS.map((lang): [string, OfflineStrings] => [
        HTML_LANG[lang],
        {
          save: t(lang, 'offline.save'),
          saving: t(lang, 'offline.saving'),
          saved: t(lang, 'offline.saved'),
          outdated: t(lang, 'offline.outdated'),
          failed: t(lang, 'offline.failed'),
        },
      ]),
    ),
  );
