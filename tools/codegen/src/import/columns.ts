import { quote } from '../validate/show-text';

/** What a column of a vendor's error table holds. A column of cause and solution in one is read as the description. */
type ColumnRole = 'code' | 'description' | 'solution' | 'descriptionAndSolution';

/**
 * The header names vendors use, in English and Chinese, compared after `normalHeader`. A table is an error table
 * when one of its columns is a code column.
 */
const headerNames: Readonly<Record<ColumnRole, readonly string[]>> = {
  code: ['value', 'code', 'codes', 'error code', 'error codes', 'return code', 'return codes', '值', '错误码', '返回码', '错误代码'],
  description: ['description', 'meaning', 'cause', 'message', 'error message', '描述', '含义', '说明', '原因', '错误描述'],
  solution: ['solution', 'solutions', 'debugging method', 'suggestion', '解决方案', '解决办法', '可采取措施', '处理方法', '处理建议'],
  descriptionAndSolution: ['cause and solution', 'description and solution', '原因以及解决办法', '原因及解决办法', '原因和解决办法', '原因及解决方案'],
};

/** `Error Code:` -> `error code`; `错误码：` -> `错误码`. */
function normalHeader(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\s*[:：]$/, '');
}

export function roleOf(header: string): ColumnRole | undefined {
  const name = normalHeader(header);
  return (Object.keys(headerNames) as ColumnRole[]).find((role) => headerNames[role].includes(name));
}

/** Where each kind of text is: column indexes from 0. `solution` is absent in a table of two columns. */
export interface ColumnLayout {
  code: number;
  description: number;
  solution?: number;
}

export type LayoutResult = { ok: true; layout: ColumnLayout } | { ok: false; column: number; message: string; hint: string };

const known = (role: ColumnRole) => headerNames[role].filter((name) => /^[a-z]/.test(name)).map((name) => `"${name}"`).join(', ');
const knownList = `code (${known('code')}), description (${known('description')}), solution (${known('solution')}) or both in one (${known('descriptionAndSolution')}), or their Chinese names`;

/** The roles that hold the same text: a table names each at most once. */
const overlaps: Readonly<Record<ColumnRole, readonly ColumnRole[]>> = {
  code: ['code'],
  description: ['description', 'descriptionAndSolution'],
  solution: ['solution', 'descriptionAndSolution'],
  descriptionAndSolution: ['description', 'solution', 'descriptionAndSolution'],
};

/**
 * The layout of a table whose header has a code column: every other column must be one the importer knows, so that
 * no vendor text is silently left out. Two columns (code | cause and solution, or code | description) and three
 * (code | description | solution) are the usual shapes.
 */
export function columnLayout(headers: readonly string[]): LayoutResult {
  const columns = new Map<ColumnRole, number>();
  for (const [index, header] of headers.entries()) {
    const role = roleOf(header);
    if (role === undefined) return { ok: false, column: index, message: `the column ${quote(header)} is not one the importer knows`, hint: `Name each column after what it holds: ${knownList}` };
    const clash = overlaps[role].map((other) => columns.get(other)).find((other) => other !== undefined);
    if (clash !== undefined) return { ok: false, column: index, message: `the column ${quote(header)} holds what column ${clash + 1} ${quote(headers[clash]!)} holds`, hint: 'Keep one column for each kind of text' };
    columns.set(role, index);
  }
  const description = columns.get('description') ?? columns.get('descriptionAndSolution');
  if (description === undefined) return { ok: false, column: 0, message: 'the table has a code column but no column of text', hint: `Add a column of descriptions: ${knownList}` };
  const solution = columns.get('solution');
  return { ok: true, layout: { code: columns.get('code')!, description, ...(solution === undefined ? {} : { solution }) } };
}
