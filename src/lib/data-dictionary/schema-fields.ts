import { z } from 'astro/zod';

/** One field of a data file, as a reader of the file sees it. */
export interface SchemaField {
  /** Dotted path; `[]` marks the items of an array, e.g. "evidence[].hits[].rule". */
  path: string;
  /** A JSON type: "string", "integer", "number", "boolean", "object", or "string[]" for an array of strings. */
  type: string;
  nullable: boolean;
  /** The allowed values of an enumeration, or of a record's keys when the values are plain. */
  values: string[];
}

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/**
 * The fields of a zod object schema, nested objects and arrays of objects flattened into
 * paths, in schema order. Types come from zod's JSON Schema export, so they follow the schema.
 */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return walk(json, '');
}

function walk(node: JsonSchema, prefix: string): SchemaField[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const { types, nullable, values } = describe(child);
    const field: SchemaField = { path, type: typeLabel(types, child), nullable, values };
    const inner = nonNull(child);
    if (inner.properties) return [field, ...walk(inner, path)];
    if (inner.items?.properties) return [field, ...walk(inner.items, `${path}[]`)];
    return [field];
  });
}

function nonNull(node: JsonSchema): JsonSchema {
  return node.anyOf?.find((n) => n.type !== 'null') ?? node;
}

function describe(node: JsonSchema): { types: string[]; nullable: boolean; values: string[] } {
  const variants = node.anyOf ?? [node];
  const types = variants.flatMap((v) => (Array.isArray(v.type) ? v.type : v.type ? [v.type] : []));
  const values = variants.flatMap((v) => v.enum ?? v.items?.enum ?? []).map(String);
  return { types: types.filter((t) => t !== 'null'), nullable: types.includes('null'), values };
}

function typeLabel(types: string[], node: JsonSchema): string {
  const type = types[0] ?? 'any';
  if (type !== 'array') return type;
  const items = nonNull(node).items;
  const itemType = items ? ((Array.isArray(items.type) ? items.type[0] : items.type) ?? 'any') : 'any';
  return `${itemType}[]`;
}
