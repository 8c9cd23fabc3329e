// Transform throughput of dynohot's own (Babel-based) module transform, for comparison
// with hmrc's transformer on the same files. Driven by dev.hmrc.benchmarks.TransformThroughput;
// can also be run by hand:
//
//   node benchmarks/node/dynohot-transform.mjs --list FILE --dynohot DIR [--warmup N] [--rounds N]
//
// FILE holds one "corpus<TAB>absolute path" per line. DIR is the installed dynohot package
// (.corpora/node_modules/dynohot). The function timed is `transformModuleSource(url,
// importAttributes, sourceText, sourceMap)` from dist/loader/transform.js: the function
// dynohot's loader hook (`makeReloadableModule` in dist/loader/loader.js) calls to turn one
// module's text into its hot form (Babel parse, traversal and rewrite, Babel generate with
// a source map, the inline source-map comment and the loader call appended). The loader's
// only other per-module work is looking for an input source map (an inline comment or a
// sourceMappingURL file read from disk); that lookup is not timed, and no input map is
// passed, the same as hmrc's `ModuleTransformer.transform(source, sourceName)`.
//
// Output: progress on stderr; on stdout tab-separated lines, for a program to read:
//   info    <key>   <value>                  (dynohot version, node version)
//   corpus  <name>  <files>  <bytes>
//   round   <index> <corpus> <wall ns> <cpu ns>   (one per measured round and corpus; cpu is the
//                                              process's user+system time, all of Node's threads)
//   failure <path>  <first line of the error message>

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

function parseArguments(argv) {
    const options = { warmup: 3, rounds: 5 };
    for (let i = 0; i < argv.length; i++) {
        const name = argv[i];
        const value = argv[++i];
        if (value === undefined) {
            throw new Error(`missing value after ${name}`);
        }
        switch (name) {
            case "--list": options.list = value; break;
            case "--dynohot": options.dynohot = value; break;
            case "--warmup": options.warmup = Number(value); break;
            case "--rounds": options.rounds = Number(value); break;
            default: throw new Error(`unknown option ${name}`);
        }
    }
    if (!options.list || !options.dynohot) {
        throw new Error("usage: dynohot-transform.mjs --list FILE --dynohot DIR [--warmup N] [--rounds N]");
    }
    return options;
}

const options = parseArguments(process.argv.slice(2));
const dynohotVersion = JSON.parse(readFileSync(join(options.dynohot, "package.json"), "utf8")).version;
const { transformModuleSource } = await import(
    pathToFileURL(join(options.dynohot, "dist", "loader", "transform.js")).href);

// Load every file once, before any timing.
const files = [];
const corpora = {};
for (const line of readFileSync(options.list, "utf8").split("\n")) {
    if (line.trim() === "") {
        continue;
    }
    const tab = line.indexOf("\t");
    const corpus = line.slice(0, tab);
    const path = line.slice(tab + 1);
    const buffer = readFileSync(path);
    files.push({ corpus, path, url: pathToFileURL(path).href, text: buffer.toString("utf8") });
    corpora[corpus] ??= { files: 0, bytes: 0 };
    corpora[corpus].files++;
    corpora[corpus].bytes += buffer.length;
}

// One pass over all files; returns per corpus [wall nanoseconds, process CPU nanoseconds].
// Failures are recorded once.
const failures = new Map();
let sink = 0;
function cpuNanos() {
    const { user, system } = process.cpuUsage();
    return (user + system) * 1000;
}
function round() {
    const nanos = {};
    let corpus = null;
    let startWall = 0n;
    let startCpu = 0;
    const close = () => {
        const entry = nanos[corpus] ??= [0, 0];
        entry[0] += Number(process.hrtime.bigint() - startWall);
        entry[1] += cpuNanos() - startCpu;
    };
    for (const file of files) {
        if (file.corpus !== corpus) {
            if (corpus !== null) {
                close();
            }
            corpus = file.corpus;
            startWall = process.hrtime.bigint();
            startCpu = cpuNanos();
        }
        try {
            sink += transformModuleSource(file.url, {}, file.text, undefined).length;
        } catch (error) {
            if (!failures.has(file.path)) {
                failures.set(file.path, String(error?.message ?? error).split("\n")[0]);
            }
        }
    }
    if (corpus !== null) {
        close();
    }
    return nanos;
}

function totalMillis(nanos) {
    return Object.values(nanos).reduce((a, b) => a + b[0], 0) / 1e6;
}

for (let i = 0; i < options.warmup; i++) {
    const nanos = round();
    process.stderr.write(`dynohot warm-up ${i + 1}/${options.warmup}: ${totalMillis(nanos).toFixed(0)} ms\n`);
}
const rounds = [];
for (let i = 0; i < options.rounds; i++) {
    const nanos = round();
    rounds.push(nanos);
    process.stderr.write(`dynohot round ${i + 1}/${options.rounds}: ${totalMillis(nanos).toFixed(0)} ms\n`);
}

const out = [];
const clean = text => String(text).replaceAll(/[\t\r\n]+/g, " ");
out.push(`info\tdynohot\t${dynohotVersion}`, `info\tnode\t${process.version}`, `info\tsink\t${sink}`);
for (const [name, { files: count, bytes }] of Object.entries(corpora)) {
    out.push(`corpus\t${name}\t${count}\t${bytes}`);
}
rounds.forEach((nanos, index) => {
    for (const [name, [wall, cpu]] of Object.entries(nanos)) {
        out.push(`round\t${index}\t${name}\t${wall}\t${cpu}`);
    }
});
for (const [path, message] of failures) {
    out.push(`failure\t${clean(path)}\t${clean(message)}`);
}
process.stdout.write(out.join("\n") + "\n");
