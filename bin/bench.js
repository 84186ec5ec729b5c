#!/usr/bin/env node
// `npm run bench`, through tsx like the `summit` command.
import { register } from 'tsx/esm/api';

register();
await import('../bench/run.ts');
