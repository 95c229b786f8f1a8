/**
 * The layout's dependency rules (../shared/DESIGN.md section 3), read off the import statements of
 * every source file (tests may reach into their part, so test/ folders are not read):
 *
 * 1. A part imports another part only through its `index.ts`.
 * 2. Nothing below `platform/` imports it: the parts get what they need from the wiring.
 * Command-line
 *    entry points (`cli.ts`, `*-cli.ts`) are wiring too.
 * 3. The parts' dependency graph has no cycle: dependencies point down.
 *
 * KNOWN lists what breaks a rule today, each with the reason it is still there (issue 16 removes
 * them). The test fails on anything new, and on an entry that no longer happens, so the list only
 * shrinks.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = new URL('..', import.meta.url).pathname;
const SKIP = new Set(['node_modules', 'test', '.git', '.data', 'test-artifacts']);
/**
 * Tooling that drives the platform from outside, as a developer would: not parts of the product.
 */
const TOOLING = new Set(['bench', 'scripts']);
/** The example TPP library: the self-check reuses it as the TPP it is, not as bank code. */
const TPP_LIBRARY = 'examples/tpp-client.ts';
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

const KNOWN = {
  internal: [
    // certs/index.ts loads oidc-provider (toOidcJwks), which this command does not need.
    'conformance/cli.ts -> certs/directory.ts',
    'conformance/cli.ts -> certs/keys/create.ts',
  ],
  platform: [],
  cycles: [],
} as const;

interface Edge {
  from: string;
  to: string;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(ROOT, dir), { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && dir !== '.')
      found.push(path);
  }
  return found;
}

async function crossPartImports(): Promise<Edge[]> {
  const edges: Edge[] = [];
  for (const file of await sourceFiles('.')) {
    const text = await readFile(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), (match[1] ?? match[2])!));
      if (partOf(target) !== partOf(file)) edges.push({ from: file, to: relative('.', target) });
    }
  }
  return edges;
}

const partOf = (path: string) => path.split('/')[0]!;
const isEntryPoint = (path: string) => /(^|\/|-)cli\.ts$/.test(path);
const label = (edge: Edge) => `${edge.from} -> ${edge.to}`;

/**
 * The groups of parts that depend on each other in a circle (strongly connected components of
 * the part graph with more than one part), each as its sorted part names. Imports of platform/ are
 * rule 2's, and command-line entry points are wiring, so neither counts here.
 */
function cyclesOf(edges: readonly Edge[]): string[] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (TOOLING.has(partOf(from)) || isEntryPoint(from) || partOf(to) === 'platform') continue;
    const targets = graph.get(partOf(from)) ?? new Set<string>();
    targets.add(partOf(to));
    graph.set(partOf(from), targets);
  }
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const part = stack.pop()!;
      for (const next of graph.get(part) ?? []) {
        if (next === to) return true;
        if (!seen.has(next)) {
          stack.push(next);
          seen.add(next);
        }
      }
    }
    return false;
  };
  const groups = new Set<string>();
  for (const part of graph.keys()) {
    const group = [...graph.keys()].filter(
      (other) => other === part || (reaches(part, other) && reaches(other, part)),
    );
    if (group.length > 1) groups.add(group.sort().join(' <-> '));
  }
  return [...groups].sort();
}

test('parts import each other only through their index.ts', async () => {
  const found = (await crossPartImports())
    .filter((edge) => !TOOLING.has(partOf(edge.from)) && partOf(edge.to) !== 'platform')
    .filter((edge) => !edge.to.endsWith('/index.ts') && edge.to !== TPP_LIBRARY)
    .map(label);
  assert.deepEqual([...new Set(found)].sort(), [...KNOWN.internal].sort());
});

test('nothing below the wiring imports platform/', async () => {
  const found = (await crossPartImports())
    .filter(
      (edge) =>
        partOf(edge.to) === 'platform' &&
        !TOOLING.has(partOf(edge.from)) &&
        !isEntryPoint(edge.from),
    )
    .map(label);
  assert.deepEqual([...new Set(found)].sort(), [...KNOWN.platform].sort());
});

test('the parts depend on each other without a cycle', async () => {
  assert.deepEqual(cyclesOf(await crossPartImports()), [...KNOWN.cycles]);
});

test('the rules see a violation when there is one', () => {
  assert.deepEqual(
    cyclesOf([
      { from: 'a/x.ts', to: 'b/index.ts' },
      { from: 'b/y.ts', to: 'c/index.ts' },
      { from: 'c/z.ts', to: 'a/index.ts' },
      { from: 'c/z.ts', to: 'd/index.ts' },
    ]),
    ['a <-> b <-> c'],
  );
  assert.ok(
    isEntryPoint('certs/directory-cli.ts') &&
      isEntryPoint('conformance/cli.ts') &&
      !isEntryPoint('authz/client.ts'),
  );
  const sample =
    "import { a } from '../certs/directory.ts';\nexport type { B } from './b.ts';\nconst c = await import('../ledger/index.ts');";
  assert.deepEqual(
    [...sample.matchAll(IMPORT)].map((match) => match[1] ?? match[2]),
    ['../certs/directory.ts', './b.ts', '../ledger/index.ts'],
  );
});
