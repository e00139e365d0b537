import { quote } from '../show-text';
import { error, repeatsBy, type Rule, rowPlace, rowsWith } from './rule';

export const uniqueCodes: Rule = (input) =>
  repeatsBy(rowsWith(input.rows, 'code'), (row) => row.code).map(({ row, first }) =>
    error('uniqueCodes', `/codes/${row.index}/code`, `code ${row.code} is listed twice (also at ${rowPlace(input, first, 'code')})`, 'Each code appears once; delete one row or correct its number'),
  );

export const uniqueNames: Rule = (input) =>
  repeatsBy(rowsWith(input.rows, 'name'), (row) => row.name).map(({ row, first }) =>
    error('uniqueNames', `/codes/${row.index}/name`, `${quote(row.name)} is used twice (also at ${rowPlace(input, first, 'name')})`, 'Names must be unique; rename one'),
  );
