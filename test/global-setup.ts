// Builds the shipped sample digest once for all tests: at the root, and under the /digest/ prefix.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

// Set before the helpers load, so that this run's test files (in worker processes) build into the same folder.
process.env["BROADSHEET_TEST_ROOT"] ??= `.cache/tests/run-${process.pid}`;
const { runBuild, TEST_ROOT } = await import("./helpers/build-site.ts");

export async function teardown(): Promise<void> {
  await rm(TEST_ROOT, { recursive: true, force: true });
}

export async function setup(project: TestProject): Promise<void> {
  const [root, prefixed] = await Promise.all([
    runBuild("content", join(TEST_ROOT, "sample-site")),
    runBuild("content", join(TEST_ROOT, "sample-site-prefixed"), ["--path-prefix", "/digest/"]),
  ]);
  for (const build of [root, prefixed]) {
    if (build.code !== 0) throw new Error(`the sample site did not build (exit ${build.code}):\n${build.stderr}`);
  }
  project.provide("sampleSite", root.output);
  project.provide("prefixedSite", prefixed.output);
}

declare module "vitest" {
  export interface ProvidedContext {
    sampleSite: string;
    prefixedSite: string;
  }
}
