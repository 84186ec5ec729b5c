#!/usr/bin/env node
// The `summit` command: the compiled build when it is current, else the TypeScript sources through tsx.
import { loadEntry } from './load-entry.js';

const { main } = await loadEntry('src/adapters/terminal/main');
process.exitCode = await main(process.argv.slice(2));
