// The interactive terminal: type `/summit who putin` (the prefix is optional) and read the answer with its sources.
// Reads piped input too, one command per line, so it can be scripted and tested without a TTY.
import { createInterface } from 'node:readline';
import type { StoryPack } from '../../core/story-pack.ts';
import { createTerminalDispatcher } from '../../dispatch/terminal-dispatcher.ts';
import { answerToText } from './answer-to-text.ts';

export async function runPrompt(
  pack: StoryPack,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
  timezone: string,
): Promise<number> {
  const dispatcher = createTerminalDispatcher(pack, timezone);
  const interactive = 'isTTY' in io.input && io.input.isTTY === true;
  const rl = createInterface({ input: io.input, output: io.output, terminal: interactive });
  if (interactive) {
    io.output.write(
      `Summit desk: ${pack.articles.length} sources loaded. Try “who putin”, “timeline”, “sources”, “help”; “exit” to leave.\n`,
    );
  }
  rl.setPrompt('summit> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (/^(exit|quit)$/i.test(text)) break;
    if (text !== '') {
      const { answer } = await dispatcher.dispatch({ text }, { platform: 'terminal', canManage: false });
      io.output.write(`${answerToText(answer)}\n\n`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return 0;
}
