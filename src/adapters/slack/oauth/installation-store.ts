// @slack/oauth's InstallationStore on the bot's own database (either engine): one row per workspace (or Enterprise
// Grid org for org-wide installs), the whole installation sealed with the token cipher, so no token is stored in the
// clear. Uninstalling (app_uninstalled, tokens_revoked) deletes the row and that workspace's channel subscriptions.
// https://docs.slack.dev/tools/node-slack-sdk/oauth#storing-installations-in-a-database
import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { SqlExecutor } from '../../../store/index.ts';
import type { TokenCipher } from './token-cipher.ts';

/** The row key: the org for an org-wide install, else the workspace. */
const keyOf = (q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }) =>
  q.isEnterpriseInstall && q.enterpriseId ? `E:${q.enterpriseId}` : `T:${q.teamId ?? ''}`;

export interface SlackInstallations extends InstallationStore {
  /** Deletes the workspace's installation and its channels' subscriptions; how many subscriptions went with it. */
  uninstall(teamId: string): Promise<number>;
}

export function createInstallationStore(db: SqlExecutor, cipher: TokenCipher, now: () => Date): SlackInstallations {
  return {
    async storeInstallation(installation) {
      const teamId = installation.team?.id ?? null;
      const enterpriseId = installation.enterprise?.id ?? null;
      const key = keyOf({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: enterpriseId ?? undefined,
        teamId: teamId ?? undefined,
      });
      const sealed = cipher.seal(JSON.stringify(installation), key);
      await db.run(
        `INSERT INTO slack_installations (install_key, team_id, enterprise_id, sealed, installed_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (install_key) DO UPDATE SET sealed = excluded.sealed, installed_at = excluded.installed_at`,
        [key, teamId, enterpriseId, sealed, now().toISOString()],
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = keyOf(query);
      const [row] = await db.all<{ sealed: string }>('SELECT sealed FROM slack_installations WHERE install_key = ?', [
        key,
      ]);
      const opened = row ? cipher.open(row.sealed, key) : undefined;
      // Bolt turns a throw into "not installed here"; a row that will not open is treated the same, never guessed at.
      if (!opened) throw new Error(`no usable installation for ${key}`);
      return JSON.parse(opened) as Installation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query) {
      await db.run('DELETE FROM slack_installations WHERE install_key = ?', [keyOf(query)]);
    },
    async uninstall(teamId) {
      await db.run('DELETE FROM slack_installations WHERE install_key = ?', [keyOf({ teamId })]);
      return db.run("DELETE FROM subscriptions WHERE platform = 'slack' AND team_id = ?", [teamId]);
    },
  };
}
