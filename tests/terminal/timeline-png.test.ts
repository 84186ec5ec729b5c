// `summit timeline --png FILE`, run in process: the picture of the days the answer shows is written where the user
// says; a timeline with no story day to draw (background history only) says so on stderr and writes no file, while
// the text answer is printed as ever.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/adapters/terminal/main.ts';
import { BUNDLED_STORY_DIR } from '../../src/config.ts';
import { NO_PICTURE } from '../../src/picture/timeline-picture.ts';
import { emptyFolder } from '../support/fixture-pack.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Runs `summit ARGS` over the bundled pack and returns its exit code with what it wrote to stdout and stderr. */
async function summit(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const written = { stdout: '', stderr: '' };
  const sink = (key: keyof typeof written) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        written[key] += chunk.toString('utf8');
        done();
      },
    });
  const io = { input: Readable.from([]), output: sink('stdout'), error: sink('stderr') };
  const code = await main([...args, '--story', BUNDLED_STORY_DIR], io);
  return { code, ...written };
}

describe('summit timeline --png', () => {
  it('writes the picture of the story days to the file named, and says so on stderr', async () => {
    const file = path.join(emptyFolder(), 'days.png');
    const { code, stdout, stderr } = await summit(['timeline', '--png', file]);
    expect(code).toBe(0);
    expect(readFileSync(file).subarray(0, PNG_SIGNATURE.length)).toEqual(PNG_SIGNATURE);
    expect(stderr).toContain(`Wrote the timeline picture to ${file}: Timeline picture. 28 Aug 2025 – 3 Sep 2025`);
    expect(stdout).toMatch(/^Timeline\n/);
  });

  it('writes no file for a timeline of background history only, says why on stderr, and still prints it', async () => {
    const file = path.join(emptyFolder(), 'background.png');
    const { code, stdout, stderr } = await summit(['timeline', '1945', '--png', file]);
    expect(stderr).toBe(`${NO_PICTURE} No picture written.\n`);
    expect(existsSync(file)).toBe(false);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Timeline: 1945\n1 event, 1945:/);
    expect(stdout).toContain('\nBackground\n');
  });
});
