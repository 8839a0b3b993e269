#!/usr/bin/env node
/** `npx @twelva/glossary-widgets build-glossary …`: compiles a partner's Markdown glossary. See build-content.ts. */
import { main } from './build-content.js';

process.exitCode = main(process.argv.slice(2));
