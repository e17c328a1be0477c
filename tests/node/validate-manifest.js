// Validates Teams app manifests against the JSON schema bundled in Microsoft's @microsoft/app-manifest
// package, offline. Usage: node validate-manifest.js manifest1.json [manifest2.json ...]
// Prints one JSON line per file: {"file", "errors": [...]} and exits 1 if any manifest has errors.
"use strict";
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));

// validateAgainstSchema downloads the schema when it is not given one it recognises; hand it the bundled
// file for the manifest's own version so a check never depends on the network (none here, none in CI).
function bundledSchema(manifest) {
  const version = manifest.manifestVersion;
  const file = path.join(packageRoot, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (typeof version !== "string" || !fs.existsSync(file)) {
    return { error: `no bundled schema for manifestVersion ${JSON.stringify(version)}` };
  }
  const expected = new RegExp(`/json-schemas/teams/v${version.replace(".", "\\.")}/MicrosoftTeams\\.schema\\.json$`);
  if (typeof manifest.$schema !== "string" || !expected.test(manifest.$schema)) {
    return { error: `$schema ${JSON.stringify(manifest.$schema)} does not name the v${version} Teams schema` };
  }
  return { schema: JSON.parse(fs.readFileSync(file, "utf8")) };
}

async function main() {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    const { schema, error } = bundledSchema(manifest);
    const errors = error ? [error] : await AppManifestUtils.validateAgainstSchema(manifest, schema);
    if (errors.length) failed = true;
    console.log(JSON.stringify({ file, errors }));
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(2);
});
