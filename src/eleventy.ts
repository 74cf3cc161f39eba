// The package's `broadsheet/eleventy` export: `import broadsheet from "broadsheet/eleventy"; eleventyConfig.addPlugin(broadsheet, { … })`.
export { broadsheetPlugin as default, broadsheetPlugin } from "./plugin/broadsheet-plugin.ts";
export type { BroadsheetOptions } from "./model/broadsheet-options.ts";
