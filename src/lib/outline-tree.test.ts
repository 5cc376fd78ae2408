import { describe, expect, it } from 'vitest';
import type { Section } from '../schemas/document.ts';
import { outlineTree, type OutlineNode } from './outline-tree.ts';

const section = (id: string, level: number): Section => ({ id, level, label: '', title: id, sentence: 's0001' });
const shape = (nodes: OutlineNode[]): unknown =>
  nodes.map((n) => (n.children.length ? { [n.section.id]: shape(n.children) } : n.section.id));

describe('outlineTree', () => {
  it('outlineTree(sections) nests each section under the nearest earlier section of a lower level', () => {
    const tree = outlineTree([
      section('sec-1', 1),
      section('sec-1-1', 2),
      section('sec-1-1-1', 3),
      section('sec-1-2', 2),
      section('sec-2', 1),
    ]);
    expect(shape(tree)).toEqual([{ 'sec-1': [{ 'sec-1-1': ['sec-1-1-1'] }, 'sec-1-2'] }, 'sec-2']);
  });

  it('outlineTree(sections) nests a skipped level once, under the section before it', () => {
    expect(shape(outlineTree([section('sec-1', 1), section('sec-1-1', 3), section('sec-1-2', 2)]))).toEqual([
      { 'sec-1': ['sec-1-1', 'sec-1-2'] },
    ]);
  });

  it('outlineTree(sections) keeps sections before any level-1 heading at the top', () => {
    expect(shape(outlineTree([section('sec-1', 2), section('sec-2', 1)]))).toEqual(['sec-1', 'sec-2']);
  });
});
