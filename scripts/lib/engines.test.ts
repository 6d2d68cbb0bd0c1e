import { describe, expect, it } from 'vitest';
import semver from 'semver';
import { readProjectFile } from './onDisk.ts';

const lock = JSON.parse(readProjectFile('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
const manifest = JSON.parse(readProjectFile('package.json')) as { engines: { node: string } };

describe('the Node version the README promises', () => {
  const readme = /Node\.js (\d+\.\d+) or newer/.exec(readProjectFile('README.md'));
  const oldest = semver.minVersion(manifest.engines.node)!;

  it('is the one package.json says under engines', () => {
    expect(readme, 'README names the Node version').not.toBeNull();
    expect(`${oldest.major}.${oldest.minor}`).toBe(readme![1]);
  });

  it('runs every installed package: none of the lockfile wants a newer Node (npm warns EBADENGINE)', () => {
    const wantMore = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .flatMap(([name, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.satisfies(oldest, range) ? [`${name.replace(/^.*node_modules\//, '')} wants Node ${range}`] : [];
      });
    expect(wantMore).toEqual([]);
  });
});
