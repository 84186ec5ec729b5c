// Fixed ids of the fake Discord's world (one guild, one channel, one user) and a snowflake generator.

export const FAKE_IDS = {
  application: '111111111111111111',
  bot: '111111111111111111',
  guild: '222222222222222222',
  channel: '333333333333333333',
  user: '444444444444444444',
} as const;

export const BOT_USER = {
  id: FAKE_IDS.bot,
  username: 'summit-desk',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
} as const;

const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A fresh snowflake carrying the current time, like Discord's ids. */
export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter).toString();
}
