// Hands the CLI's plugin options to the standalone configuration file, through the Eleventy configuration they are for.
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import type { BroadsheetOptions } from "../model/broadsheet-options.ts";

const given = new WeakMap<EleventyConfig, BroadsheetOptions>();

/**
 * Eleventy runs a programmatic `config` callback before it loads the configuration file, on the same
 * configuration object: the CLI sets the options there, and eleventy.config.ts reads them back.
 */
export function setStandaloneOptions(eleventyConfig: EleventyConfig, options: BroadsheetOptions): void {
  given.set(eleventyConfig, options);
}

/** The options the CLI set for this configuration (default: none, when Eleventy's own command runs the file). */
export function standaloneOptions(eleventyConfig: EleventyConfig): BroadsheetOptions {
  return given.get(eleventyConfig) ?? {};
}
