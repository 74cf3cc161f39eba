// The type of the object Eleventy passes to plugins, from Eleventy's own JSDoc types.
import type UserConfig from "@11ty/eleventy/UserConfig";

export type EleventyConfig = UserConfig;
