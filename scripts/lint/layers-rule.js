// ESLint rule: every import must be allowed by the layer table given in eslint.config.js (in the spirit of
// VS Code's code-layering rule). A file's layer is the first row whose folder holds it; a relative import's
// target is placed the same way; package imports are checked against the package table.
import { builtinModules } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.d.ts', '/index.ts', '/index.tsx'];
const NODE_BUILTINS = new Set(builtinModules);

/** The repository-relative, '/'-separated path of a file. */
function repoPath(root, file) {
  return relative(root, file).split(sep).join('/');
}

/** Resolves a relative specifier to a file, as TypeScript's bundler resolution would (extension optional). */
function resolveRelative(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

/**
 * A row's `folder` is a path prefix; `*` stands for one folder name, which becomes the layer's module
 * (so `src/main/*` makes the layers main/bcss, main/vault, ...). Returns { row, module } or null.
 */
function placeOf(rows, path) {
  for (const row of rows) {
    const pattern = row.folder.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '([^/]+)');
    const match = new RegExp(`^${pattern}(/|$)`).exec(path);
    if (match) return { row, module: match[1] ?? null };
  }
  return null;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between folders follow the layer table of eslint.config.js.' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      layer: '{{from}} may not import {{to}} ({{target}}). Allowed: {{allowed}}.',
      entry: '{{from}} may import {{to}} only through its index.ts, not {{target}}.',
      typeOnly: '{{from}} may import only types from {{to}}: use `import type`.',
      lazyOnly: '{{from}} may load {{to}} only with a dynamic import(), when it is needed.',
      packageDenied: "{{from}} may not import the package '{{name}}': {{why}}",
      unplaced: '{{target}} lies outside every layer of the table: add its row.',
    },
  },
  create(context) {
    const { root, layers, packages, tests } = context.options[0];
    const file = context.filename;
    const path = repoPath(root, file);
    const isTest = new RegExp(tests.files).test(path);
    const place = placeOf(layers, path);
    if (!place) return {};
    const fromName = place.row.layer.replace('*', place.module ?? '*');

    /**
     * The first entry of the row that names the target's layer decides: `x` any import, `type:x` types only,
     * `lazy:x` only a dynamic import() (or types), `x:index` only x's index.ts. A layer name may end in `*`.
     */
    function verdict(targetPlace, targetPath, kind) {
      const targetName = targetPlace.row.layer.replace('*', targetPlace.module ?? '*');
      // Inside one layer (one main module, one shared part), anything goes.
      if (targetName === fromName) return null;
      const allowed = [...place.row.may, ...(isTest ? tests.may : [])];
      for (const entry of allowed) {
        const [, mode = 'any', name, entryOnly] = /^(?:(type|lazy):)?([^:]+)(?::(index))?$/.exec(
          entry,
        );
        const pattern = new RegExp(`^${name.replace('*', '.*')}$`);
        if (!pattern.test(targetName)) continue;
        const data = { from: fromName, to: targetName, target: targetPath };
        if (mode === 'type' && kind !== 'type') return { messageId: 'typeOnly', data };
        if (mode === 'lazy' && kind === 'static') return { messageId: 'lazyOnly', data };
        if (entryOnly && !/\/index\.tsx?$/.test(targetPath)) return { messageId: 'entry', data };
        return null;
      }
      return {
        messageId: 'layer',
        data: {
          from: fromName,
          to: targetName,
          target: targetPath,
          allowed: allowed.join(', ') || 'nothing',
        },
      };
    }

    function check(node, specifier, kind) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const targetPath = repoPath(root, resolveRelative(file, specifier));
        const targetPlace = placeOf(layers, targetPath);
        // Data files (package.json, schemas) belong to no layer.
        if (!targetPlace && !/\.(ts|tsx|mts|mjs|js)$/.test(targetPath)) return;
        if (!targetPlace) {
          context.report({ node, messageId: 'unplaced', data: { target: targetPath } });
          return;
        }
        const problem = verdict(targetPlace, targetPath, kind);
        if (problem) context.report({ node, ...problem });
        return;
      }
      const name =
        specifier.startsWith('node:') || NODE_BUILTINS.has(packageName(specifier))
          ? 'node:'
          : packageName(specifier);
      const rule = packages[name];
      if (!rule) return;
      const layer = place.row.layer;
      const permitted = rule.only.some(
        (allowed) => allowed === layer || (isTest && allowed === 'tests'),
      );
      if (!permitted)
        context.report({
          node,
          messageId: 'packageDenied',
          data: { from: fromName, name, why: rule.why },
        });
    }

    const kindOf = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 &&
        node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'))
        ? 'type'
        : 'static';

    return {
      ImportDeclaration: (node) => check(node, node.source.value, kindOf(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, kindOf(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, kindOf(node)),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node, node.source.value, 'dynamic'),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value, 'type');
      },
      CallExpression: (node) => {
        // vi.mock('…') and require('…') name modules too.
        const callee = node.callee;
        const isMock = callee.type === 'MemberExpression' && callee.property.name === 'mock';
        const isRequire = callee.type === 'Identifier' && callee.name === 'require';
        // A mock stands in for the module without loading it: like a type, it may name a lazy layer.
        if ((isMock || isRequire) && node.arguments[0]?.type === 'Literal')
          check(node, node.arguments[0].value, isMock ? 'mock' : 'static');
      },
    };
  },
};

export default { rules: { layers: layersRule } };
