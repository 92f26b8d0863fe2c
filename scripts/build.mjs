// `npm run build`: compiles the TypeScript into dist/ (what the tests and
// benchmarks import), then bundles dist/ with esbuild into bundle/, the
// committed, self-contained code that the `fleetlint` bin, the pre-commit
// hooks and the GitHub Action run. bundle/ needs no node_modules: installing
// fleetlint installs nothing else and compiles nothing. bundle/types/ holds
// the library's type declarations (package.json "types").
//
//   node scripts/build.mjs          rebuild dist/ and bundle/
//   node scripts/build.mjs --check  rebuild dist/, bundle into a temporary
//                                   folder and fail if it differs from the
//                                   committed bundle/ (CI runs this)
//
// The bundle is code-split: each command, rule and report format stays its own
// chunk, loaded only when a run needs it. Output is deterministic (same
// sources, same lockfile, same esbuild => same bytes), so the check can
// compare bytes. Third-party license texts go to bundle/THIRD-PARTY-NOTICES.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE = join(root, "bundle");

/** Entry points: output name => tsc output. Names are the public layout of bundle/. */
export const ENTRY_POINTS = {
  fleetlint: "dist/src/cli/main.js", // the CLI (package.json "bin", pre-commit hooks)
  index: "dist/src/index.js", // the library API (package.json "exports")
  action: "dist/src/action/main.js", // the GitHub Action (action.yml)
};

/** The library's declarations in dist/ (tsc writes a .d.ts beside every module); package.json "types" names its copy. */
const TYPES_ENTRY = "src/index.d.ts";

function compileTypeScript() {
  // A clean dist/: a module left over from a renamed source would otherwise
  // be picked up by the bundle's `./${name}.js` lazy imports.
  rmSync(join(root, "dist"), { recursive: true, force: true });
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * grammar/chevrotain.ts finds Chevrotain's single-file build through
 * node_modules at run time; in the bundle Chevrotain is bundled from that
 * same file instead, so the bundle never reaches for a node_modules folder.
 */
const CHEVROTAIN_SINGLE_FILE = fileURLToPath(new URL("../chevrotain.mjs", import.meta.resolve("chevrotain")));
const chevrotainFromItsSingleFile = {
  name: "chevrotain-single-file",
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]grammar[\\/]chevrotain\.js$/ }, () => ({
      contents: `import * as chevrotain from ${JSON.stringify(relative(root, CHEVROTAIN_SINGLE_FILE).split(sep).join("/").replace(/^/, "./"))};\nexport { chevrotain };\n`,
      resolveDir: root,
      loader: "js",
    }));
  },
};

async function bundle(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild
    .build({
    absWorkingDir: root,
    entryPoints: Object.entries(ENTRY_POINTS).map(([out, input]) => ({ in: input, out })),
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22.12",
    chunkNames: "chunks/[name]-[hash]",
    // CommonJS dependencies (picomatch, ajv, …) call require() for Node's
    // built-ins; an ES module has no require of its own.
    banner: { js: 'import { createRequire as __fleetlintCreateRequire } from "node:module";\nconst require = __fleetlintCreateRequire(import.meta.url);' },
    legalComments: "none", // the full license texts are in THIRD-PARTY-NOTICES.md
    metafile: true,
    logLevel: "warning",
    plugins: [chevrotainFromItsSingleFile],
    })
    .catch(() => process.exit(1)); // esbuild has printed the errors
  writeFileSync(join(outdir, "THIRD-PARTY-NOTICES.md"), notices(result.metafile));
}

/** The license of every third-party package that ended up in the bundle. */
function notices(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    // The innermost node_modules/<package>/ of the path (nested copies count).
    const path = input.split(sep).join("/");
    const match = [...path.matchAll(/(?<=^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\//g)].at(-1);
    if (match) packages.add(join(root, path.slice(0, match.index + match[0].length)));
  }
  const sections = [...packages]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      const text = licenseFile ? readFileSync(join(dir, licenseFile), "utf8").trim() : `License: ${pkg.license} (the package ships no license file)`;
      return { title: `${pkg.name}@${pkg.version}`, license: pkg.license, text };
    })
    .sort((a, b) => (a.title < b.title ? -1 : 1));
  return [
    "# Third-party notices",
    "",
    "bundle/ contains code from these packages, under these licenses.",
    "",
    ...sections.flatMap((s) => [`## ${s.title} (${s.license})`, "", "```text", s.text, "```", ""]),
  ].join("\n");
}

/**
 * Copies the declarations the library's index reaches, from dist/ into
 * <outdir>/types/, in dist's layout so their relative imports resolve as they
 * are. The JavaScript bundle inlines its dependencies, so a declaration that
 * imports a package would point a consumer at types they do not have: that
 * fails the build. Node's own types (node:* modules, `types="node"`) are the
 * exception, as for any Node.js library. Exports that would leak a
 * dependency's types are marked @internal, which tsconfig.build.json strips.
 */
function writeDeclarations(outdir) {
  const dist = join(root, "dist");
  const reached = new Set();
  const pending = [TYPES_ENTRY];
  const problems = [];
  while (pending.length) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    const { importedFiles, referencedFiles, typeReferenceDirectives } = ts.preProcessFile(readFileSync(join(dist, file), "utf8"), true, true);
    for (const { fileName: specifier } of [...importedFiles, ...referencedFiles.map((r) => ({ fileName: `./${r.fileName}` }))]) {
      if (specifier.startsWith("node:")) continue;
      if (!specifier.startsWith(".")) {
        problems.push(`${file} imports the package "${specifier}", which a consumer of the bundle does not have`);
        continue;
      }
      const target = join(dirname(file), specifier.replace(/\.js$/, ".d.ts"));
      if (existsSync(join(dist, target))) pending.push(target);
      else problems.push(`${file} imports "${specifier}", which has no declaration in dist/`);
    }
    for (const { fileName: types } of typeReferenceDirectives) {
      if (types !== "node") problems.push(`${file} references the types of "${types}", which a consumer of the bundle does not have`);
    }
  }
  if (problems.length) {
    process.stderr.write(`The library's declarations would not stand alone:\n${problems.map((p) => `  ${p}\n`).join("")}`);
    process.exit(1);
  }
  for (const file of reached) {
    mkdirSync(dirname(join(outdir, "types", file)), { recursive: true });
    writeFileSync(join(outdir, "types", file), readFileSync(join(dist, file)));
  }
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))]))
    .sort();
}

/** Files that differ between the committed bundle and a fresh one. */
function differences(committed, fresh) {
  const a = listFiles(committed);
  const b = listFiles(fresh);
  const all = [...new Set([...a, ...b])].sort();
  return all.filter((file) => !a.includes(file) || !b.includes(file) || !readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file))));
}

const check = process.argv.includes("--check");
compileTypeScript();
if (!check) {
  await bundle(BUNDLE);
  writeDeclarations(BUNDLE);
} else {
  const tmp = mkdtempSync(join(tmpdir(), "fleetlint-bundle-"));
  try {
    mkdirSync(tmp, { recursive: true });
    await bundle(join(tmp, "bundle"));
    writeDeclarations(join(tmp, "bundle"));
    const changed = differences(BUNDLE, join(tmp, "bundle"));
    if (changed.length) {
      process.stderr.write(
        `bundle/ is out of date: a fresh build of the sources differs in ${changed.length} file(s):\n` +
          changed
            .slice(0, 20)
            .map((f) => `  bundle/${f}\n`)
            .join("") +
          (changed.length > 20 ? `  … and ${changed.length - 20} more\n` : "") +
          "Fix: run `npm run build` and commit bundle/ (git add bundle && git commit).\n",
      );
      process.exitCode = 1;
    } else {
      process.stdout.write("bundle/ matches a fresh build of the sources.\n");
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
