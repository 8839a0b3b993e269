#!/usr/bin/env node
/**
 * `npx @twelva/glossary-widgets build-glossary …`: compiles a partner's Markdown glossary (see
 * build-content.ts), or with `--site OUT` writes the pre-rendered glossary site (see build-site.ts).
 */
import { main } from './build-content.js';
import { siteMain } from './build-site.js';

const argv = process.argv.slice(2);
process.exitCode = argv.includes('--site') ? await siteMain(argv) : main(argv);
