// Who asks, where: what an adapter reads off a platform event before it hands the command to the dispatcher.
export type Platform = 'slack' | 'discord' | 'terminal';

export interface PlatformContext {
  readonly platform: Platform;
  /** The channel the command came from; absent in the terminal. */
  readonly channelId?: string;
  readonly userId?: string;
  /** The workspace (Slack team id) the command came from; recorded on subscriptions so posts use its token. */
  readonly workspaceId?: string;
  /** May this user change what the channel receives (subscriptions, feeds)? Decided by the adapter from the platform. */
  readonly canManage: boolean;
  /** Is this user an editor (review facts)? Decided by the adapter: SLACK_EDITORS, a Discord role or permission. */
  readonly canReview?: boolean;
}

/** A command as it arrives: typed text (Slack, terminal) or option values (Discord). Parsed once, in the dispatcher. */
export type CommandInput =
  { readonly text: string } | { readonly subcommand: string; readonly options: Readonly<Record<string, string>> };
