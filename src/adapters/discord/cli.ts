// `npm run discord:register` and `npm run discord:invite`: one-off admin tasks, configured from the same env schema.
import { formatConfigProblems, loadConfigFromProcess } from '../../config.ts';
import { createDiscordRest } from './create-client.ts';
import { inviteUrl } from './invite-url.ts';
import { registerCommands } from './register-commands.ts';

interface CliIo {
  readonly output: NodeJS.WritableStream;
  readonly error: NodeJS.WritableStream;
}

const USAGE = 'Usage: discord register | discord invite [application-id]\n';

export async function discordCli(
  argv: readonly string[],
  io: CliIo = { output: process.stdout, error: process.stderr },
): Promise<number> {
  const [verb, argument] = argv;
  if (verb === 'invite' && argument) return printInvite(argument, io);
  if (verb !== 'register' && verb !== 'invite') {
    io.error.write(USAGE);
    return 1;
  }
  const configured = loadConfigFromProcess();
  if (!configured.ok) {
    io.error.write(formatConfigProblems(configured.problems));
    return 2;
  }
  const discord = configured.config.discord;
  if (!discord) {
    io.error.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID first (see docs/discord.md).\n');
    return 2;
  }
  if (verb === 'invite') return printInvite(discord.applicationId, io);
  try {
    const done = await registerCommands(createDiscordRest(discord), discord);
    const where =
      done.scope === 'guild'
        ? `in server ${discord.guildId} (shows at once)`
        : 'globally (may take up to an hour to show)';
    io.output.write(`Registered /${done.names.join(', /')} ${where}.\n`);
    return 0;
  } catch (error) {
    io.error.write(`Discord refused the registration: ${(error as Error).message}\n`);
    return 1;
  }
}

function printInvite(applicationId: string, io: CliIo): number {
  if (!/^\d{15,22}$/.test(applicationId)) {
    io.error.write('The application id is the numeric id on the Developer Portal\'s "General Information" page.\n');
    return 1;
  }
  io.output.write(`${inviteUrl(applicationId)}\n`);
  return 0;
}
