import type { Bump } from './bump';

/** One difference between two tables, with the bump it needs and a sentence for the changelog. */
export interface TableChange {
  bump: Bump;
  /** e.g. `Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN` */
  summary: string;
  /** The only language the change reaches (a coordinate, a language added or dropped); absent: every language. */
  target?: string;
}

export const major = (summary: string): TableChange => ({ bump: 'major', summary });
export const minor = (summary: string): TableChange => ({ bump: 'minor', summary });
export const patch = (summary: string): TableChange => ({ bump: 'patch', summary });

/** The same change, reaching only the language `target`. */
export const only = (target: string, change: TableChange): TableChange => ({ ...change, target });
