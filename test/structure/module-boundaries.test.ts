// The modules of src/ form layers: no two files import each other (directly or round a loop), and no stage reaches back.
import { describe, expect, it } from "vitest";
import {
  findCycles,
  forbiddenImports,
  importedNames,
  layerOf,
  readModuleGraph,
  type ModuleGraph,
} from "../helpers/module-graph.ts";

/**
 * What each layer may import besides itself, bottom up. The model (the story, the site's dates, the slug, the
 * article file, the shapes passed between stages) is what the stages share; a stage reads an earlier one only
 * where it needs it (render takes the summarise stage's articles and reads its name data and stemmer; the newsletter
 * builds the site model as the build does). The search index reads stories from the model, never from render.
 */
const ALLOWED: Record<string, string[]> = {
  errors: [],
  util: ["errors"],
  model: ["util", "errors"],
  import: ["model", "util", "errors"],
  summarise: ["model", "util", "errors"],
  render: ["summarise", "model", "util", "errors"],
  index: ["model", "util", "errors"],
  newsletter: ["render", "summarise", "model", "util", "errors"],
  pipeline: ["import", "summarise", "render", "index", "newsletter", "model", "util", "errors"],
  // The Eleventy plugin adds the pipeline's stages to a site; src/eleventy.ts is the package's export of it.
  plugin: ["pipeline", "render", "model", "util", "errors"],
  eleventy: ["plugin", "model"],
  cli: ["plugin", "pipeline", "import", "summarise", "render", "index", "newsletter", "model", "util", "errors"],
};

const graph = readModuleGraph(process.cwd());

describe("module boundaries", () => {
  it("reads the imports of every file, whatever their form", () => {
    expect(
      importedNames(
        'import a from "./a.ts";\nimport type {\n  B,\n} from "../b.ts";\nexport { c } from "./c.ts";\nconst d = await import("./d.ts");\nnew URL("./e.ts", import.meta.url);\nimport x from "luxon";',
      ),
    ).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.ts", "./e.ts"]);
    // The real graph: the pipeline lists the build stages, so it reaches the render stage and the index stage.
    expect(graph.get("src/pipeline.ts")).toEqual(
      expect.arrayContaining(["src/render/site-model-plugin.ts", "src/index/search-index-plugin.ts"]),
    );
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
  });

  it("finds a loop of files and a stage that reaches back, when there is one", () => {
    const made: ModuleGraph = new Map([
      ["src/cli/main.ts", ["src/cli/build-command.ts"]],
      ["src/cli/build-command.ts", ["src/cli/main.ts", "src/render/make-story.ts"]],
      ["src/index/plan-shards.ts", ["src/render/make-story.ts"]],
      ["src/render/make-story.ts", ["src/util/hash.ts"]],
      ["src/util/hash.ts", []],
    ]);
    expect(findCycles(made)).toEqual([["src/cli/build-command.ts", "src/cli/main.ts"]]);
    expect(forbiddenImports(made, ALLOWED)).toEqual([
      "src/index/plan-shards.ts -> src/render/make-story.ts (index may not use render)",
    ]);
  });

  it("has no import cycle in src/", () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it("has every layer of src/ in the table", () => {
    const layers = new Set([...graph.keys()].map(layerOf));
    expect([...layers].filter((layer) => !(layer in ALLOWED))).toEqual([]);
  });

  it("imports only downwards: no stage reaches into a later one, nor into a stage beside it", () => {
    expect(forbiddenImports(graph, ALLOWED)).toEqual([]);
  });
});
