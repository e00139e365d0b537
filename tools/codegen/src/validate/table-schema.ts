import type { Target } from '../targets/target';

/** A category's name: snake_case words, such as invalid_request. */
export const categoryNamePattern = '^[a-z][a-z0-9]*(_[a-z0-9]+)*$';
export const categoryName = new RegExp(categoryNamePattern);

/**
 * The `packages` object: one optional property per language, each that target's own schema fragment
 * (targets/<id>/coordinates.ts), so a new language brings its coordinates with it.
 */
function packagesSchema(targets: readonly Target[]): object {
  return {
    type: 'object',
    description:
      'Coordinates and type names of the generated package in each language; what a table leaves out is derived from its id and repository.',
    additionalProperties: false,
    properties: Object.fromEntries(targets.map((target) => [target.id, target.coordinates.schema])),
  };
}

/**
 * The one JSON Schema (2020-12) every table is validated against, composed from the shared shape below and the
 * registered targets; `generate` writes it to `schema/error-table.schema.json`, where each table's `$schema` points
 * editors to it.
 */
export function tableSchema(targets: readonly Target[]): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Error-code table',
    description: "One vendor's error codes, from which errtable generates a package for every language.",
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'title', 'source', 'repository', 'categories', 'fallback', 'codes'],
    dependentRequired: { translations: ['defaultLocale'] },
    properties: {
      $schema: {
        type: 'string',
        description: 'Path to this schema, so editors validate and complete the table.',
      },
      title: {
        $ref: '#/$defs/text',
        description: 'Human title of the table, used in package descriptions and doc comments.',
      },
      source: {
        $ref: '#/$defs/text',
        description: 'Where the vendor publishes these codes.',
      },
      repository: {
        type: 'string',
        pattern: '^https://[^\\s]+$',
        description: 'HTTPS URL of the repository the packages are published from (npm repository, Maven SCM, SwiftPM URL).',
      },
      categories: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: {
          $ref: '#/$defs/categoryName',
        },
        description:
          "The categories this table's codes are sorted into (snake_case), in the order the generated types list them. Every code's category must be one of them.",
      },
      languages: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: {
          enum: targets.map((target) => target.id),
        },
        description: 'The languages this table is generated into. Default: every language the generator knows.',
      },
      packages: {
        $ref: '#/$defs/packages',
      },
      fallback: {
        $ref: '#/$defs/fallback',
      },
      defaultLocale: {
        type: 'string',
        description:
          'BCP 47 tag of the language description and solution are written in, such as "en" (the default when absent). Required with translations.',
      },
      translations: {
        type: 'object',
        description:
          'The texts in other languages, keyed by BCP 47 tag: a language, then its script where it has several (zh-Hans, zh-Hant), then optionally a region (pt-BR). What a translation leaves out falls back to the default language.',
        additionalProperties: {
          $ref: '#/$defs/translation',
        },
      },
      codes: {
        type: 'array',
        description: 'Every code the vendor documents. Order does not matter: output is sorted by code.',
        minItems: 1,
        items: {
          $ref: '#/$defs/code',
        },
      },
    },
    $defs: {
      text: {
        type: 'string',
        minLength: 1,
        pattern: '\\S',
      },
      optionalText: {
        type: 'string',
      },
      screamingSnake: {
        type: 'string',
        pattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$',
        maxLength: 100,
        description:
          'SCREAMING_SNAKE_CASE: upper-case letters and digits in words joined by single underscores, starting with a letter; at most 100 characters (Kotlin names a class file after it).',
      },
      pascalIdentifier: {
        type: 'string',
        pattern: '^[A-Z][A-Za-z0-9]*$',
        maxLength: 100,
        description:
          'PascalCase identifier: letters and digits starting with an upper-case letter; at most 100 characters (source and class files are named after it).',
      },
      code: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'name', 'description', 'solution', 'retryable', 'category'],
        properties: {
          code: {
            type: 'integer',
            minimum: -2147483648,
            maximum: 2147483647,
            description: 'The number the service returns (int32).',
          },
          name: {
            $ref: '#/$defs/screamingSnake',
            description: "Stable identifier; every language's member name is derived from it.",
          },
          description: {
            $ref: '#/$defs/text',
            description: 'What happened, as the vendor wrote it.',
          },
          solution: {
            $ref: '#/$defs/optionalText',
            description: 'What to do, as the vendor wrote it; empty when the vendor gives none.',
          },
          retryable: {
            type: 'boolean',
            description: 'True when the vendor says to try again later.',
          },
          category: {
            type: 'string',
            description: "What kind of failure this is: one of the table's categories.",
          },
          proposed: {
            const: true,
            description:
              'Set by `npm run codegen -- import` on a code the vendor added: its name, retryable and category are guesses. Check them, then delete this property (validate warns until then, and fails with --strict).',
          },
          deprecated: {
            type: 'object',
            additionalProperties: false,
            required: ['message'],
            properties: {
              message: {
                $ref: '#/$defs/text',
                description: 'Why the code is deprecated; shown by compilers at every use.',
              },
              replacement: {
                $ref: '#/$defs/screamingSnake',
                description: 'Name of the code to use instead.',
              },
            },
          },
        },
      },
      fallback: {
        type: 'object',
        description: 'What every code the table does not know reports (the vendor\'s "Others" row).',
        additionalProperties: false,
        required: ['description', 'solution', 'retryable', 'category'],
        properties: {
          description: {
            $ref: '#/$defs/text',
          },
          solution: {
            $ref: '#/$defs/optionalText',
          },
          retryable: {
            type: 'boolean',
          },
          category: {
            type: 'string',
            description: "What kind of failure this is: one of the table's categories.",
          },
        },
      },
      translation: {
        type: 'object',
        additionalProperties: false,
        required: ['origin', 'source'],
        properties: {
          origin: {
            enum: ['vendor', 'project'],
            description:
              '"vendor": copied from the vendor\'s own documentation in this language, word for word; "project": written by this project, not the vendor\'s words.',
          },
          source: {
            $ref: '#/$defs/text',
            description: "The vendor's document in this language, or who wrote the translation.",
          },
          fallback: {
            $ref: '#/$defs/translatedText',
          },
          codes: {
            type: 'object',
            description: 'Per code, keyed by its number as codes writes it ("10002", "-101").',
            additionalProperties: {
              $ref: '#/$defs/translatedText',
            },
          },
        },
      },
      translatedText: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          description: {
            $ref: '#/$defs/text',
          },
          solution: {
            $ref: '#/$defs/optionalText',
          },
        },
      },
      packages: packagesSchema(targets),
      categoryName: {
        type: 'string',
        pattern: categoryNamePattern,
        maxLength: 60,
        description: 'A category: snake_case words (lower-case letters and digits joined by single underscores), such as invalid_request.',
      },
    },
  };
}
