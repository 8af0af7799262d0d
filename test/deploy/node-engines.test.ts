/**
 * Every package the lock file installs must run on the oldest Node the project supports (`engines` of
 * package.json), so that `npm ci` on that Node prints no "Unsupported engine" warning. A dependency
 * update that pulls in a package wanting a newer Node fails here, naming it and who brought it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

interface LockEntry {
  version?: string;
  link?: boolean;
  engines?: Record<string, string> | string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string }; overrides?: Record<string, string> };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, LockEntry> };

/** The package name of a lock path such as `node_modules/a/node_modules/@b/c`. */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where a package sits in the tree decides who required it: the nearest enclosing package that names it. */
function requiredBy(path: string): string[] {
  const name = nameOf(path);
  return Object.entries(lock.packages)
    .filter(([, entry]) => [entry.dependencies, entry.optionalDependencies, entry.peerDependencies].some((deps) => deps && name in deps))
    .map(([parent, entry]) => `${parent ? nameOf(parent) : 'prospek'}@${entry.version ?? ''}`)
    .filter((parent, index, all) => all.indexOf(parent) === index);
}

describe('package-lock.json', () => {
  const oldest = semver.minVersion(manifest.engines.node);

  it('names the oldest supported Node in package.json', () => {
    expect(oldest?.version).toBe('20.19.0');
  });

  it('installs nothing whose engines.node excludes the oldest supported Node', () => {
    const refused = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.link)
      .flatMap(([path, entry]) => {
        const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
        if (!wanted || !oldest || semver.satisfies(oldest, wanted)) return [];
        return [`${nameOf(path)}@${entry.version} wants node ${wanted} (required by ${requiredBy(path).join(', ')})`];
      });
    expect([...new Set(refused)]).toEqual([]);
  });

  it('holds the versions package.json pins through overrides', () => {
    for (const [name, range] of Object.entries(manifest.overrides ?? {})) {
      const installed = Object.entries(lock.packages).filter(([path]) => path !== '' && nameOf(path) === name);
      expect(installed.length, name).toBeGreaterThan(0);
      for (const [path, entry] of installed) expect(semver.satisfies(entry.version ?? '', range), `${path}@${entry.version}`).toBe(true);
    }
  });
});
