import { pascalCase, typeStem } from '../../model/casing';
import type { PackageCoordinates } from '../coordinates';

/**
 * Names a nested object must not take: the sealed class's own nested declarations, and the types and annotations
 * the generated code refers to inside it, which a nested object of the same name would shadow.
 */
const shadowed = new Set(['Unknown', 'Companion', 'String', 'Int', 'Boolean', 'List', 'Map', 'Any', 'Unit', 'Nothing', 'Deprecated', 'ReplaceWith', 'Suppress', 'JvmStatic', 'Lazy', 'Locale']);

/**
 * The classes nested in the sealed class besides the codes' objects. Each nested class is a class file named
 * `Outer$Name.class`, so a code's object may not take their names in any case: `UnKnown` and `Unknown` are one file on
 * a case-insensitive file system (macOS, Windows).
 */
const nestedClasses = new Set(['unknown', 'companion']);

/**
 * `INVALID_TOKEN` -> `InvalidToken`; a name that would shadow a declaration the code uses, or share the class file of
 * a nested class, gets a trailing underscore.
 */
export function kotlinMemberName(name: string, coordinates: PackageCoordinates['kotlin']): string {
  const member = pascalCase(name);
  return shadowed.has(member) || nestedClasses.has(member.toLowerCase()) || isDeclaredType(member, coordinates) ? `${member}_` : member;
}

/** Whether `member` names one of the types the package declares beside the sealed class. */
function isDeclaredType(member: string, coordinates: PackageCoordinates['kotlin']): boolean {
  return member === coordinates.typeName || member === coordinates.exceptionName || (member.endsWith('Category') && member === kotlinNames(coordinates).categoryName);
}

export function kotlinNames(coordinates: PackageCoordinates['kotlin']) {
  return {
    typeName: coordinates.typeName,
    exceptionName: coordinates.exceptionName,
    categoryName: `${typeStem(coordinates.typeName)}Category`,
    translationsName: `${coordinates.typeName}Translations`,
  };
}

/** Kotlin's hard keywords: none can be a segment of a package name (`package com.example.fun` does not compile). */
const hardKeywords = new Set([
  'as', 'break', 'class', 'continue', 'do', 'else', 'false', 'for', 'fun', 'if', 'in', 'interface', 'is', 'null', 'object', 'package',
  'return', 'super', 'this', 'throw', 'true', 'try', 'typealias', 'typeof', 'val', 'var', 'when', 'while',
]);

/** Why `packageName` cannot be the Kotlin package, or undefined when it can. */
export function kotlinPackageProblem(packageName: string): string | undefined {
  const keyword = packageName.split('.').find((segment) => hardKeywords.has(segment));
  return keyword === undefined ? undefined : `has the segment "${keyword}", a Kotlin keyword`;
}

/**
 * Types the generated sources and tests (templates/kotlin) name without qualification, besides those nested objects
 * must not shadow: a sealed class or exception of that name replaces them (`Cycle in supertypes`, `Illegal annotation
 * class`; `Pair` breaks the tests of a table of more than 1,000 codes, whose objects are listed in pairs).
 */
const usedTypes = new Set([...shadowed, 'RuntimeException', 'Throwable', 'JvmOverloads', 'JsonObject', 'JsonParser', 'File', 'Test', 'Pair', 'Triple', 'Text', 'Translation', 'Regex',
  'ByteArrayInputStream', 'ByteArrayOutputStream', 'ObjectInputStream', 'ObjectOutputStream']);

/** The objects the generated tests declare beside the test class, one per 1,000 codes. */
const testObject = /^ObjectsGroup[0-9]+$/;

/**
 * The longest type name, as the schema allows a written one: each code's object is a class file named
 * `<typeName>$<member>.class`, and file names stop at 255 bytes. A type name derived from a long table id is held to
 * it here.
 */
const maxTypeNameLength = 100;

/** Why `name` cannot name the sealed class or the exception, or undefined when it can. */
export function kotlinTypeNameProblem(name: string): string | undefined {
  if (name.length > maxTypeNameLength) return `is ${name.length} characters long, more than ${maxTypeNameLength}: Kotlin names source and class files after it (a code's object is <typeName>$<member>.class), and file names stop at 255 bytes`;
  if (testObject.test(name)) return 'is the name of an object the generated Kotlin tests declare';
  return usedTypes.has(name) ? 'is a type the generated Kotlin code uses, which a class of that name would shadow' : undefined;
}

/** Whether `name` is one of the group objects `<typeName>Group<n>` a table of more than 1,000 codes declares. */
export function isKotlinGroupObject(name: string, typeName: string): boolean {
  return name.startsWith(`${typeName}Group`) && /^[0-9]+$/.test(name.slice(`${typeName}Group`.length));
}
