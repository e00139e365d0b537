import { closestMatcher } from '../did-you-mean';
import { quote } from '../show-text';
import { categoryName } from '../table-schema';
import { error, type Rule, rowsWith } from './rule';

/**
 * Every code's category, and the fallback's, is one the table declares in `categories`: each table has its own
 * vocabulary (a client SDK's `network` or `permission`, a server's `rate_limited`), and the generated types list it.
 */
export const categoryDeclared: Rule = (input) => {
  const declared = input.table.categories;
  if (declared === undefined) return [];
  const known = new Set(declared);
  const closest = closestMatcher(declared);
  const listed = declared.map((category) => quote(category)).join(', ');
  const used = [
    ...rowsWith(input.rows, 'category').map((row) => ({ pointer: `/codes/${row.index}/category`, category: row.category })),
    ...(input.table.fallback === undefined ? [] : [{ pointer: '/fallback/category', category: input.table.fallback.category }]),
  ];
  return used
    .filter(({ category }) => !known.has(category))
    .map(({ pointer, category }) => {
      const suggestion = closest(category);
      const addIt = categoryName.test(category) ? `, or add ${quote(category)} to "categories"` : ' (a category is snake_case, such as invalid_request)';
      const hint = `${suggestion === undefined ? '' : `Did you mean ${quote(suggestion)}? `}Write one of the listed categories${addIt}`;
      return error('categoryDeclared', pointer, `${quote(category)} is not one of the table's categories: ${listed}`, hint);
    });
};
