import { error, type Rule } from './rule';

/** Every code the table does not list reports the fallback; calling those "success" would hide real failures. */
export const fallbackIsNotSuccess: Rule = ({ table: { fallback } }) =>
  fallback?.category === 'success'
    ? [error('fallbackIsNotSuccess', '/fallback/category', 'unknown codes would be reported as "success"', 'Use the category of the vendor\'s catch-all row, usually "internal"')]
    : [];
