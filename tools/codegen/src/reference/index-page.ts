import { lookupExample, type Model, type ModelCode } from '../model/build-model';
import { fileHeader } from '../model/text';
import { htmlText, scriptJson } from './escaping';
import { codeAnchor, indexAnchor, tablePageUrl } from './links';
import { translatedFallbacks, translatedTexts } from './translated-texts';

/** `message Use NAME instead.`: a deprecation as plain text (the page writes every text with `textContent`). */
function deprecationText(code: ModelCode): string | null {
  if (code.deprecated === undefined) return null;
  const { message, replacement } = code.deprecated;
  return replacement === undefined ? message : `${message} Use ${replacement} instead.`;
}

/** One table as the page's script reads it: its codes with their anchors, and how each language names them. */
function tableData(model: Model) {
  return {
    id: model.id,
    title: model.title,
    page: tablePageUrl(model),
    languages: model.targets.map((target) => ({ label: target.label, importLine: target.usage.importLine(model) })),
    fallback: { ...model.fallback, translations: translatedFallbacks(model) },
    codes: model.codes.map((code) => ({
      code: code.code,
      name: code.name,
      description: code.description,
      solution: code.solution,
      retryable: code.retryable,
      category: code.category,
      deprecated: deprecationText(code),
      anchor: indexAnchor(model.id, code.code),
      pageAnchor: codeAnchor(code),
      naming: model.targets.map((target) => target.usage.naming(model, code.name)),
      translations: translatedTexts(model, code),
    })),
  };
}

/** Every category of every table, each once, in the order the tables declare them. */
function categoriesOf(models: readonly Model[]): string[] {
  return [...new Set(models.flatMap((model) => model.categories))];
}

/**
 * The view of `templates/reference/index.html.hbs`: one self-contained page over every table. The filters' options
 * and the tables' summaries are HTML (escaped here); the codes go to the page's script as JSON (`scriptJson`).
 */
/** The search box's examples, from the first table: its example code's number, NAME and a word. */
function searchPlaceholder(models: readonly Model[]): string {
  if (models.length === 0) return 'a code, a NAME or words';
  const { code, name, word } = lookupExample(models[0]!);
  return `${code}, ${name}, ${word}`;
}

export function indexPageView(models: readonly Model[], headerSource: string) {
  const codeCount = models.reduce((sum, model) => sum + model.codes.length, 0);
  return {
    header: fileHeader(headerSource, 'xml'),
    summary: `${models.length} ${models.length === 1 ? 'table' : 'tables'}, ${codeCount} ${codeCount === 1 ? 'code' : 'codes'}`,
    tables: models.map((model) => ({
      id: model.id,
      title: htmlText(model.title),
      source: htmlText(model.source),
      version: htmlText(model.version),
      page: htmlText(tablePageUrl(model)),
      fallback: htmlText(model.fallback.description),
    })),
    categories: categoriesOf(models),
    placeholder: htmlText(searchPlaceholder(models)),
    data: scriptJson({ tables: models.map(tableData) }),
  };
}
