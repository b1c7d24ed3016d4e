import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every regular expression of the engine must be safe from catastrophic backtracking: a
// pasted text must never freeze the page. Literals are found in the source; patterns built at
// run time (lexicons) are caught by watching the RegExp constructor while the rules load.
const engineDirs = ['lib/engine', 'rules'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function regexLiterals(path: string): { source: string; flags: string; where: string }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const built: { source: string; flags: string; where: string }[] = [];
const NativeRegExp = RegExp;

beforeAll(async () => {
  vi.resetModules();
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const pattern = Reflect.construct(target, args) as RegExp;
      built.push({ source: pattern.source, flags: pattern.flags, where: 'built at run time' });
      return pattern;
    },
  });
  await import('../../rules');
});

afterAll(() => {
  globalThis.RegExp = NativeRegExp;
});

describe('regular expressions', () => {
  const literals = engineDirs.flatMap(sourceFiles).flatMap(regexLiterals);

  it('finds the patterns to check', () => {
    expect(literals.length).toBeGreaterThan(5);
    expect(built.length).toBeGreaterThan(0);
  });

  it('are all safe from catastrophic backtracking (recheck)', { timeout: 600_000 }, () => {
    const unique = new Map<string, { source: string; flags: string; where: string }>();
    for (const pattern of [...literals, ...built]) unique.set(`/${pattern.source}/${pattern.flags}`, pattern);
    const unsafe: string[] = [];
    for (const [key, pattern] of unique) {
      const result = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
      if (result.status !== 'safe') {
        const detail = result.status === 'vulnerable' ? `${result.complexity.type}, attack ${result.attack.pattern}` : result.error.kind;
        unsafe.push(`${pattern.where} ${key.slice(0, 160)}: ${result.status} (${detail})`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});
