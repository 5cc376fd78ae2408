import { fileURLToPath } from 'node:url';
import { IndustryCodebook, OrganisationDictionary } from '../../../src/schemas/lexicons.ts';
import { readYaml } from '../load-inputs.ts';

/** The two hand-written dictionaries the analysis reads besides the codebook. */
export interface Lexicons {
  industries: IndustryCodebook;
  organisations: OrganisationDictionary;
}

/** content/ of this project, wherever the ingest writes its output. */
const CONTENT = new URL('../../../content/', import.meta.url);

/** Reads and validates content/industries.yaml and content/organisations.yaml; errors name the file and field. */
export function readLexicons(dir: URL = CONTENT): Lexicons {
  return {
    industries: readYaml(fileURLToPath(new URL('industries.yaml', dir)), IndustryCodebook),
    organisations: readYaml(fileURLToPath(new URL('organisations.yaml', dir)), OrganisationDictionary),
  };
}
