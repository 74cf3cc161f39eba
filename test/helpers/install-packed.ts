// Packs Broadsheet as `npm pack` does and installs the tarball into a host project, offline.
import { execFile } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs `npm pack` (its prepack step compiles dist/) into `folder`; resolves to the tarball's path. */
export async function packBroadsheet(folder: string): Promise<string> {
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", resolve(folder)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string }[];
  return join(resolve(folder), packed!.filename);
}

/**
 * Installs `tarball` into the project at `host` with `npm ci --offline`: the host's package.json depends on the
 * tarball alone, and its lockfile pins the tarball's dependencies as this repository's lockfile does, so npm takes
 * them from its cache instead of asking the registry (an offline install needs a lockfile to resolve versions).
 */
export async function installPacked(
  host: string,
  tarball: string,
  manifest: Record<string, unknown> = {},
): Promise<void> {
  const ours = JSON.parse(await readFile("package.json", "utf8")) as {
    version: string;
    dependencies: Record<string, string>;
    bin: object;
    engines: object;
  };
  const lock = JSON.parse(await readFile("package-lock.json", "utf8")) as {
    packages: Record<string, { dev?: boolean; peer?: boolean }>;
  };
  const spec = `file:${basename(tarball)}`;
  const packages: Record<string, unknown> = {
    "": { name: "host", dependencies: { broadsheet: spec } },
    "node_modules/broadsheet": {
      version: ours.version,
      resolved: spec,
      dependencies: ours.dependencies,
      bin: ours.bin,
      engines: ours.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "" || entry.dev) continue;
    const { peer: _peer, ...rest } = entry;
    packages[path] = rest;
  }
  if (resolve(tarball) !== resolve(host, basename(tarball))) await copyFile(tarball, join(host, basename(tarball)));
  await writeFile(
    join(host, "package.json"),
    JSON.stringify(
      { name: "host", private: true, type: "module", ...manifest, dependencies: { broadsheet: spec } },
      null,
      2,
    ),
  );
  await writeFile(
    join(host, "package-lock.json"),
    JSON.stringify({ name: "host", lockfileVersion: 3, requires: true, packages }, null, 2),
  );
  await run("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], {
    cwd: host,
    maxBuffer: 64 * 1024 * 1024,
  });
}
