import type { DocumentRecord } from '../../schemas/document.ts';
import type { Passage } from '../../schemas/passage.ts';

/** The folder of the files, `<doc>.json.gz`, under the site's root: written after the build, pointed to by the compare page. */
export const COMPARE_PASSAGES_DIR = 'compare/passages/';

/** A tagged sentence as the compare page shows it. */
export interface ComparePassage {
  /** Sentence id, the anchor on the document page. */
  id: string;
  text: string;
  themes: string[];
  /** Title of the innermost section, or null before the first heading. */
  section: string | null;
}

/** The file the compare page fetches for one document: its tagged sentences only. */
export interface ComparePassagesFile {
  doc: string;
  passages: ComparePassage[];
}

/** A document's tagged sentences with their section titles, for `compare/passages/<doc>.json.gz`. */
export function comparePassages(
  doc: Pick<DocumentRecord, 'id' | 'outline'>,
  passages: readonly Passage[],
): ComparePassagesFile {
  const titles = new Map(doc.outline.map((s) => [s.id, s.title]));
  return {
    doc: doc.id,
    passages: passages
      .filter((p) => p.themes.length > 0)
      .map((p) => ({
        id: p.id,
        text: p.text,
        themes: [...p.themes],
        section: p.section === null ? null : (titles.get(p.section) ?? null),
      })),
  };
}
