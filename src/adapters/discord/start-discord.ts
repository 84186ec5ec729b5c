// Placeholder until the Discord adapter lands (issue "Discord: /summit in Discord through discord.js").
import type { PlatformDeps, RunningPlatform } from '../../platform.ts';

export async function startDiscord(_deps: PlatformDeps): Promise<RunningPlatform> {
  throw new Error('The Discord adapter is not built yet');
}
