// Token errors (invalid_auth, token_revoked, a Discord 401) are about a workspace's token, not about the channel a
// post was going to: every channel of that workspace would fail alike. So no channel is marked failing; the
// workspace's posts pause, one channel is tried per sweep, and the first post that succeeds resumes every channel
// (with the briefs they missed, under BRIEF_CATCHUP_HOURS). Held in memory: a restart (after a new token) starts
// unpaused and simply tries.
import type { BriefPlatform } from '../store/index.ts';

export interface WorkspacePause {
  /** "slack:T0123" (OAuth: the channel's workspace), "slack" (one workspace) or "discord". */
  readonly workspace: string;
  /** The platform's error code, e.g. invalid_auth. */
  readonly code: string;
  /** ISO time of the first refusal. */
  readonly since: string;
}

export interface WorkspacePauses {
  /** The workspace whose token posts to this channel. */
  workspaceOf(target: { platform: BriefPlatform; teamId?: string | null }): string;
  get(workspace: string): WorkspacePause | undefined;
  /** True when this newly paused the workspace (so the caller logs it once). */
  pause(workspace: string, code: string, now: Date): boolean;
  /** True when the workspace had been paused. */
  resume(workspace: string): boolean;
  all(): WorkspacePause[];
}

/**
 * `slackTokenPerTeam`: the Slack OAuth install, where each workspace posts with its own token (subscriptions.team_id);
 * otherwise one token serves every channel of a platform, and a refusal pauses them all.
 */
export function createWorkspacePauses(options: { slackTokenPerTeam?: boolean } = {}): WorkspacePauses {
  const paused = new Map<string, WorkspacePause>();
  return {
    workspaceOf: (target) =>
      target.platform === 'slack' && options.slackTokenPerTeam && target.teamId
        ? `slack:${target.teamId}`
        : target.platform,
    get: (workspace) => paused.get(workspace),
    pause(workspace, code, now) {
      if (paused.has(workspace)) return false;
      paused.set(workspace, { workspace, code, since: now.toISOString() });
      return true;
    },
    resume: (workspace) => paused.delete(workspace),
    all: () => [...paused.values()],
  };
}
