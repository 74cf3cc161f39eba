// `broadsheet check`: validates every article's front matter without building, naming file and field.
import { readFile } from "node:fs/promises";
import { readArticleText } from "../model/article-file.ts";
import { collectInputs } from "../util/collect-inputs.ts";
import { reservedFieldProblems } from "../util/reserved-fields.ts";
import { validateArticle } from "../model/validate-article.ts";
import type { Command } from "./command.ts";
import { parseOptions } from "./usage-error.ts";
import { readYamlError } from "../util/read-yaml-error.ts";

const HELP = `Usage: broadsheet check [<folder>…]

Checks the front matter of every article (default folder: content/articles) as the build
does, and lists each problem as "file: field: what is wrong".

Exit codes: 0 all valid, 1 some article has a problem, 2 wrong usage.`;

export const checkCommand: Command = {
  summary: "check the front matter of every article",
  help: HELP,
  async run(args) {
    const { positionals } = parseOptions(args, {});
    const { files, missing } = await collectInputs(positionals.length ? positionals : ["content/articles"]);
    let problems = missing.length;
    for (const path of missing) console.error(`${path}: no such file or folder`);
    const articles = files.filter((file) => file.endsWith(".md"));
    for (const path of articles) {
      try {
        const { data } = readArticleText(await readFile(path, "utf8"));
        for (const problem of [...validateArticle(data), ...reservedFieldProblems(data)]) {
          console.error(`${path}: ${problem}`);
          problems++;
        }
      } catch (error) {
        const { line, reason } = readYamlError(error);
        console.error(`${path}${line !== undefined ? `:${line}` : ""}: front matter is not valid YAML: ${reason}`);
        problems++;
      }
    }
    console.error(`${articles.length} article(s) checked, ${problems} problem(s).`);
    return problems > 0 ? 1 : 0;
  },
};
