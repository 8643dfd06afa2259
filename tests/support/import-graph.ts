// The static import graph of the app's own modules, read with the TypeScript parser: which packages a
// page pulls in, and through which chain of files. Type-only imports and exports are left out (they
// vanish at build time), dynamic import() too (split into a chunk loaded on demand).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");
const extensions = [".ts", ".tsx", ".js", ".mjs", ".json"];

function resolveFile(base: string): string | null {
  const candidates = [
    base,
    ...extensions.map((ext) => base + ext),
    ...extensions.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** The file an import names (a relative or `@/` path), or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return resolveFile(path.join(root, specifier.slice(2)));
  if (specifier.startsWith(".")) return resolveFile(path.resolve(path.dirname(from), specifier));
  return null;
}

/** "postal-codes-js/formats-web" → "postal-codes-js"; "@scope/pkg/sub" → "@scope/pkg". */
const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/** Module specifiers a file imports or re-exports for their values. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.exportClause;
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/**
 * Every package reachable from `entry` (a path from the repository root), each with the chain of
 * files that first reaches it (entry first).
 */
export function reachablePackages(entry: string): Map<string, string[]> {
  const start = path.join(root, entry);
  const chains = new Map<string, string[]>([[start, [entry]]]);
  const packages = new Map<string, string[]>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.endsWith(".json")) continue;
    const chain = chains.get(file)!;
    for (const specifier of valueImports(file)) {
      const target = resolveImport(file, specifier);
      if (target === null) {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, [...chain, specifier]);
      } else if (!chains.has(target)) {
        chains.set(target, [...chain, path.relative(root, target)]);
        queue.push(target);
      }
    }
  }
  return packages;
}
