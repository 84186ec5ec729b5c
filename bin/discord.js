#!/usr/bin/env node
// `npm run discord:register` / `npm run discord:invite`, through tsx like the `summit` command.
import { register } from 'tsx/esm/api';

register();
const { discordCli } = await import('../src/adapters/discord/cli.ts');
process.exitCode = await discordCli(process.argv.slice(2));
