// `npm run slack:manifest [-- --url https://public.example.org]`: prints the app manifest as JSON on stdout.
// Without --url the manifest is for Socket Mode (the usual newsroom setup); with it, for HTTP mode at that URL.
import { parseArgs } from 'node:util';
import { slackManifest } from './manifest.ts';

const { values } = parseArgs({ options: { url: { type: 'string' } } });
process.stdout.write(`${JSON.stringify(slackManifest({ publicUrl: values.url }), null, 2)}\n`);
