#!/usr/bin/env node
// The `broadsheet` command: registers tsx so the TypeScript sources (and eleventy.config.ts) run as they are.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
