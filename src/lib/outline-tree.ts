import type { Section } from '../schemas/document.ts';

export interface OutlineNode {
  section: Section;
  children: OutlineNode[];
}

/**
 * Nests the flat outline by level: a section becomes a child of the nearest earlier section
 * with a lower level, so a skipped level ("一、" straight to "1.") still nests once.
 */
export function outlineTree(sections: readonly Section[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const section of sections) {
    const node: OutlineNode = { section, children: [] };
    while (open.length > 0 && open.at(-1)!.section.level >= section.level) open.pop();
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}
