import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** The command as a user runs it, with no browser needed: a bad option ends it at once. */
async function runExport(...args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/export.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run export as a process', () => {
  it('ends a bad option with one line and a non-zero exit, before any browser starts', async () => {
    const { code, stderr, stdout } = await runExport('--size', 'banana', '--out', 'never-written.png');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['export: --size "banana" is not WIDTHxHEIGHT (e.g. 3840x2160) or slide-hd, slide-4k, a4-300dpi.']);
  }, 60_000);

  it('says it in the language of the link it was given', async () => {
    const { code, stderr } = await runExport('--view', '#lang=ru&feature=no-such-thing', '--out', 'never-written.png');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['export: --view называет объект «no-such-thing», которого нет в атласе; ничего не экспортировано.']);
  }, 60_000);
});
