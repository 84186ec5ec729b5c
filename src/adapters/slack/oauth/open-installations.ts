// OAuth mode's own connection to the bot's database (SQLite or PostgreSQL, migrated like the briefs' one): Slack is
// built before the briefs open theirs, and Bolt needs the installation store at construction.
import type { BriefsConfig, SlackOAuthConfig } from '../../../config.ts';
import { openStore } from '../../../store/index.ts';
import { createInstallationStore, type SlackInstallations } from './installation-store.ts';
import { createTokenCipher } from './token-cipher.ts';
import { workspaceTokens, type TokenForChannel } from './workspace-tokens.ts';

export interface OpenInstallations {
  readonly installations: SlackInstallations;
  readonly tokenForChannel: TokenForChannel;
  close(): Promise<void>;
}

export async function openInstallations(
  oauth: SlackOAuthConfig,
  briefs: Pick<BriefsConfig, 'databasePath' | 'databaseUrl'>,
  now: () => Date = () => new Date(),
): Promise<OpenInstallations> {
  const opened = await openStore(briefs.databaseUrl ?? briefs.databasePath, { now });
  if (!opened.ok) throw new Error(opened.problem);
  const { sql } = opened.store;
  const installations = createInstallationStore(sql, createTokenCipher(oauth.encryptionKey), now);
  return {
    installations,
    tokenForChannel: workspaceTokens(sql, installations),
    close: () => opened.store.close(),
  };
}
