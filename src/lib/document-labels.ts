import { documentLabel } from './charts/document-matrix.ts';
import { getDocuments } from './corpus.ts';

/** Every document's label ("park year", see documentLabel), built once per build rather than once per view. */
let labels: Map<string, string> | undefined;

/** The label of the document `id` ("某高新区 2023"); an id the corpus does not have is shown as itself. */
export function documentLabelOf(id: string): string {
  labels ??= new Map(getDocuments().map((d) => [d.id, documentLabel(d)]));
  return labels.get(id) ?? id;
}
