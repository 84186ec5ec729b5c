// Placeholder until the Slack adapter lands (issue "Slack: /summit in Slack through @slack/bolt").
import type { PlatformDeps, RunningPlatform } from '../../platform.ts';

export async function startSlack(_deps: PlatformDeps): Promise<RunningPlatform> {
  throw new Error('The Slack adapter is not built yet');
}
