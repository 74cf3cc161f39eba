// Builds the package's JavaScript into dist/ (npm's prepack step): compiled ESM with type declarations, and the data files the code reads.
// Usage: node --import tsx scripts/tools/build-package.ts
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

/** Files the compiled code reads beside itself, copied from src/ to dist/src/. */
const DATA_FOLDERS = ["summarise/names/data"];

rmSync("dist", { recursive: true, force: true });
// tsc rewrites the sources' ".ts" import specifiers to ".js" (rewriteRelativeImportExtensions in tsconfig.build.json).
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
for (const folder of DATA_FOLDERS) cpSync(`src/${folder}`, `dist/src/${folder}`, { recursive: true });
console.error("Built dist/ (the package's JavaScript and type declarations).");
