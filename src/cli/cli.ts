#!/usr/bin/env node
/**
 * `npx build-glossary …`: compiles a partner's Markdown glossary to the widgets' JSON and/or the
 * pre-rendered site. The command itself is build-glossary.ts; `--help` lists its options.
 */
import { run } from './build-glossary.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
