import { quote } from '../show-text';
import { type Rule, warning } from './rule';

/**
 * `import` adds each code the vendor's page gained with a guessed name, retryable and category, marked
 * `"proposed": true`. A name is forever once released (renaming is a major bump), so a maintainer confirms each
 * guess, by deleting the marker, before the table is released: until then it warns, and fails with --strict.
 */
export const noUnconfirmedProposals: Rule = (input) =>
  input.rows
    .filter((row) => row.proposed === true)
    .map((row) => {
      const what = row.code === undefined ? 'this code' : `code ${row.code}${row.name === undefined ? '' : ` ${quote(row.name)}`}`;
      const message = `${what} was proposed by import: its name, retryable and category are guesses from the vendor's text`;
      return warning('noUnconfirmedProposals', `/codes/${row.index}/proposed`, message, 'Check them (a released name cannot change without a major bump), then delete "proposed"');
    });
