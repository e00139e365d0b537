import { exampleCode, type Model, type ModelCode, unknownName } from '../model/build-model';
import { fileHeader } from '../model/text';
import { markdownText } from './escaping';
import { codeAnchor } from './links';
import { type TranslatedEntry, translatedFallbacks, translatedTexts } from './translated-texts';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** `Deprecated: <message> Use [`NAME`](#anchor) instead.` as Markdown, or null. */
function deprecationText(code: ModelCode, byName: ReadonlyMap<string, ModelCode>): string | null {
  if (code.deprecated === undefined) return null;
  const { message, replacement } = code.deprecated;
  const target = replacement === undefined ? undefined : byName.get(replacement);
  const use = target === undefined ? '' : ` Use [\`${target.name}\`](#${codeAnchor(target)}) instead.`;
  return `${markdownText(message)}${use}`;
}

/** A text in another language as a Markdown list item's text: `zh-Hans (the vendor's words): 调用成功` */
function translationLines(entries: readonly TranslatedEntry[]): string[] {
  return entries.map(({ locale, origin, description, solution }) => {
    const whose = origin === 'vendor' ? "the vendor's words" : "this project's translation";
    return `${locale} (${whose}): ${markdownText(description)}${solution === '' ? '' : ` Solution: ${markdownText(solution)}`}`;
  });
}

/** The packages of the table, one Markdown list item per language: `npm \`@errtable/xgpush-error-codes\``. */
function packageLines(model: Model): string[] {
  return model.targets.map((target) => `${target.label}: \`${target.usage.importLine(model)}\``);
}

/**
 * The view of `templates/reference/table.md.hbs`: the table's page, every code with a heading GitHub anchors as
 * `codeAnchor` says, a summary table that links to them, and the fallback every other code reports.
 */
export function tablePageView(model: Model) {
  const byName = new Map(model.codes.map((code) => [code.name, code]));
  return {
    header: fileHeader(model.tableFile, 'xml'),
    title: markdownText(model.title),
    source: markdownText(model.source),
    version: model.version,
    tableFile: model.tableFile,
    unknownName,
    packages: packageLines(model),
    lookupCommands: model.targets.flatMap((target) => (target.lookupCommand === undefined ? [] : [`${target.lookupCommand(model)} ${exampleCode(model).code}`])),
    fallback: {
      description: markdownText(model.fallback.description),
      solution: model.fallback.solution === '' ? null : markdownText(model.fallback.solution),
      retryable: yesNo(model.fallback.retryable),
      category: model.fallback.category,
      translations: translationLines(translatedFallbacks(model)),
    },
    codes: model.codes.map((code) => ({
      code: code.code,
      name: code.name,
      anchor: codeAnchor(code),
      description: markdownText(code.description),
      solution: code.solution === '' ? null : markdownText(code.solution),
      retryable: yesNo(code.retryable),
      category: code.category,
      deprecated: deprecationText(code, byName),
      translations: translationLines(translatedTexts(model, code)),
    })),
  };
}
