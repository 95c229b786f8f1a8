/**
 * `node --import tsx bench/profile-summary.ts <file.cpuprofile> [top] [lastSeconds]`: self time
 * per function and per package of a V8 CPU profile, and inclusive time (the function and what it
 * calls) per function, to see where a workload's time goes without a browser. `lastSeconds` keeps
 * only the end of the profile: the bench stops the platform right after the last workload, so
 * `--duration-ms` worth of it is that workload's last timed run.
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, lastArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top] [lastSeconds]');
const top = Number(topArg ?? 30);
const lastUs = lastArg === undefined ? Infinity : Number(lastArg) * 1e6;
const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id);
const selfUs = new Map<number, number>();
const spanUs = profile.timeDeltas.reduce((a, b) => a + b, 0);
let atUs = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  atUs += delta;
  if (spanUs - atUs <= lastUs) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
});
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { url, functionName } = byId.get(id)!.callFrame;
  add(byFunction, frameName(id), us);
  add(byPackage, packageOf(url, functionName), us);
  // Each function once per stack, however deep it recurses.
  const seen = new Set<string>();
  for (
    let at: number | undefined = id, hops = 0;
    at !== undefined && hops < 512;
    at = parentOf.get(at), hops += 1
  ) {
    const name = frameName(at);
    if (!seen.has(name)) add(inclusive, name, us);
    seen.add(name);
  }
}

function frameName(id: number): string {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = url
    .replace(/^file:\/\/.*?\/node_modules\//, '')
    .replace(/^file:\/\/.*?\/main\//, './');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
}

function add(map: Map<string, number>, key: string, us: number) {
  map.set(key, (map.get(key) ?? 0) + us);
}

function packageOf(url: string, functionName: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1]!;
  if (url.startsWith('node:')) return url;
  if (url.startsWith('file://')) return 'platform code';
  return functionName.startsWith('(') ? functionName : 'node internals';
}

function print(title: string, map: Map<string, number>) {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(
      `${((us / totalUs) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`,
    );
  }
}

console.log(`total ${(totalUs / 1e6).toFixed(1)} s sampled`);
print('self time by package', byPackage);
print('self time by function', byFunction);
print('inclusive time by function', inclusive);
