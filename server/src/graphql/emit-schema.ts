/** Writes server/schema.graphql, the committed contract the client's typed operations come from. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { createSchema } from './schema.js';

export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema(null)))}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
  writeFileSync(target, await printApiSchema());
  console.log(`Wrote ${target}`);
}
