package dev.hmrc.runtime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * npm packages as they ship and Node's built-ins, differentially: the same program printed by
 * {@code node} (20, on the machine) and by hmrc under both linkers, byte for byte. The programs
 * are in {@code src/test/resources/node/}: {@code packages/main.mjs} (36 popular packages, CommonJS
 * and ES modules, from {@code scripts/fetch-corpora.sh}), {@code builtins/main.mjs} (the
 * built-ins a pure-JS package uses), {@code commonjs/main.mjs} (named-export detection,
 * require's resolution, cycles, JSON, require.cache, package type and imports),
 * {@code console/main.mjs} and {@code inspect/main.mjs} (console.* and util.inspect/format),
 * {@code path-win32/main.mjs} (path.win32), {@code stream/main.mjs} (node:stream and fs streams).
 */
class NodeCompatibilityTest {

    private static Path nodeModules;

    @TempDir
    Path program;

    @BeforeAll
    static void fetchCorpora() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("scripts/fetch-corpora.sh"))) {
            root = root.getParent();
            assertTrue(root != null, "no scripts/fetch-corpora.sh above the working directory");
        }
        Process fetch = new ProcessBuilder("bash", root.resolve("scripts/fetch-corpora.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(fetch.waitFor(900, TimeUnit.SECONDS) && fetch.exitValue() == 0, "scripts/fetch-corpora.sh failed");
        nodeModules = root.resolve(".corpora/node_modules");
    }

    /** {@code node main.mjs} in {@code folder}: stdout and the exit status. */
    static String node(Path folder) throws IOException, InterruptedException {
        return node(folder, "main.mjs");
    }

    static String node(Path folder, String entry) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", entry).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        return stdout + "exit " + node.exitValue() + "\n";
    }

    /** {@code hmrc run main.mjs} in-process, as from a shell (every file, the environment). */
    static String hmrc(Path folder, Linker linker) {
        return hmrc(folder, linker, "main.mjs");
    }

    static String hmrc(Path folder, Linker linker, String entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(folder).linker(linker).allowAllFiles().environment(System.getenv())
                .out(out).err(err).runProgram(List.of("./" + entry));
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("Uncaught ")).map(line -> line + "\n").findFirst().orElse("")
                + "exit " + status + "\n";
    }

    private static void assertSameAsNode(Path folder) throws IOException, InterruptedException {
        String expected = node(folder);
        assertTrue(expected.endsWith("exit 0\n"), "node itself failed:\n" + expected);
        assertEquals(expected, hmrc(folder, Linker.GRAALJS), "GraalJS's loader");
        assertEquals(expected, hmrc(folder, Linker.HMRC), "hmrc's linker");
    }

    private static Path resources(String name) {
        return Path.of("src/test/resources/node", name).toAbsolutePath();
    }

    @Test
    void thirtySixPackagesAsTheirReadmesShowThemPrintWhatNodePrintsInBothModes() throws Exception {
        Files.copy(resources("packages").resolve("main.mjs"), program.resolve("main.mjs"));
        Files.createSymbolicLink(program.resolve("node_modules"), nodeModules);
        String expected = node(program);
        assertEquals(37, expected.lines().count() - 2, "one line per package (marked's is three), and exit:\n" + expected);
        assertSameAsNode(program);
    }

    @Test
    void builtinsAPureJsPackageUsesPrintWhatNodePrintsInBothModes() throws Exception {
        assertSameAsNode(resources("builtins"));
    }

    /** About sixty values through console.log, the %-formats, dir, groups, counters, table, a Console on a stream. */
    @Test
    void consolePrintsValuesAsNodeDoesInBothModes() throws Exception {
        Path folder = resources("console");
        assertTrue(node(folder).lines().count() > 250, "the program prints its values");
        assertSameAsNode(folder);
    }

    /** console.error, warn and a failed assert write to stderr what Node writes there, groups indented. */
    @Test
    void consoleWritesToStderrAsNodeDoesInBothModes() throws Exception {
        Files.writeString(program.resolve("main.mjs"), """
                console.error('error', { code: 42, list: [1, 2] });
                console.warn('%d warnings, %s', 3, 'see above');
                console.assert(1 > 2, 'one is %s', 'small');
                console.assert(false);
                console.group('stderr group');
                console.error(new Map([['k', ['v']]]));
                console.groupEnd();
                console.log('stdout', 'line');
                """);
        Process node = new ProcessBuilder("node", "main.mjs").directory(program.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String expected = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS) && node.exitValue() == 0, "node failed:\n" + expected);
        assertTrue(expected.contains("  Map(1) { 'k' => [ 'v' ] }"), expected);
        for (Linker linker : Linker.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ModuleRuntime.builder(program).linker(linker).out(out).err(err).runProgram(List.of("./main.mjs"));
            assertEquals(expected, err.toString(StandardCharsets.UTF_8), linker.name());
            assertEquals("stderr group\nstdout line\n", out.toString(StandardCharsets.UTF_8), linker.name()); // a group's label is logged
        }
    }

    /** util.inspect's rules (quotes, classes, Map/Set, grouping of long arrays, depth, circular, options) and util.format. */
    @Test
    void utilInspectAndFormatPrintWhatNodePrintsInBothModes() throws Exception {
        assertSameAsNode(resources("inspect"));
    }

    /** path.win32 on a table of drive, UNC, namespaced and relative inputs, every function, errors. */
    @Test
    void pathWin32GivesNodesResultsInBothModes() throws Exception {
        Path folder = resources("path-win32");
        assertTrue(node(folder).lines().count() > 400, "one line per call");
        assertSameAsNode(folder);
    }

    /**
     * node:stream (readable-stream): pipelines with a Transform and object mode, backpressure counts,
     * errors through pipeline's callback, finished, stream/promises, Duplex, writev, fs streams.
     */
    @Test
    void streamsRunAsInNodeInBothModes() throws Exception {
        Path folder = resources("stream");
        assertTrue(node(folder).contains("3b refused 5 drains 5"), "the program waits for drain");
        assertSameAsNode(folder);
    }

    @Test
    void commonJsModulesRunAndExportAsInNodeInBothModes() throws Exception {
        assertSameAsNode(resources("commonjs"));
    }

    /** fs.watch, fs.promises.watch, fs.watchFile: the same event sets and errors as Node's (timing aside). */
    @Test
    void fsWatchReportsTheEventsNodeReportsInBothModes() throws Exception {
        Files.copy(resources("watch").resolve("main.mjs"), program.resolve("main.mjs"));
        String expected = node(program);
        assertTrue(expected.contains("folder: change created.txt, change existing.txt, rename created.txt\n"), expected);
        assertSameAsNode(program);
    }

    /** fs.watch adds no watch service of its own: a hot runtime's watcher serves it, else one made on first use. */
    @Test
    void fsWatchRunsOnTheRuntimesOneWatcher() throws Exception {
        Files.createDirectories(program.resolve("a"));
        Files.writeString(program.resolve("main.mjs"), """
                import fs from 'node:fs';
                export const watchers = [fs.watch('.'), fs.watch('a'), fs.watch('main.mjs'), fs.watch('.', { recursive: true })];
                """);
        for (HotOptions hot : new HotOptions[]{HotOptions.defaults(), null}) {
            long before = watcherThreads();
            try (ModuleRuntime runtime = ModuleRuntime.builder(program).hot(hot).out(new ByteArrayOutputStream()).build()) {
                runtime.importModule("./main.mjs").get(60, TimeUnit.SECONDS);
                assertEquals(before + 1, watcherThreads(), hot == null ? "one watcher, made for fs.watch"
                        : "the hot updates' watcher serves fs.watch too");
            }
            assertEquals(before, watcherThreads(), "closing the runtime ends its watcher");
        }
    }

    private static long watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("hmrc-file-watcher-")).count();
    }

    /** An embedded runtime watches only below its allowed folders: elsewhere fs.watch fails with EACCES. */
    @Test
    void anEmbeddedRuntimeWatchesOnlyBelowItsAllowedFolders(@TempDir Path outside) throws IOException {
        Files.writeString(program.resolve("main.mjs"), """
                import fs from 'node:fs';
                for (const target of [%s, %s]) {
                  try { fs.watch(target).close(); console.log('watching allowed'); }
                  catch (e) { console.log(e.code, e.syscall, e.message.startsWith('EACCES: permission denied, watch')); }
                }
                fs.promises.watch(%s)[Symbol.asyncIterator]().next().catch((e) => console.log('promises', e.code));
                try { fs.watchFile(%s, () => {}); } catch (e) { console.log('watchFile', e.code); }
                """.formatted(quoted(program), quoted(outside), quoted(outside), quoted(outside.resolve("f.txt"))));
        for (Linker linker : Linker.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ModuleRuntime.builder(program).linker(linker).out(out).err(err).runProgram(List.of("./main.mjs"));
            assertEquals("""
                    watching allowed
                    EACCES watch true
                    watchFile EACCES
                    promises EACCES
                    """, out.toString(StandardCharsets.UTF_8), linker.name() + err);
            assertEquals(0, status, linker.name());
        }
    }

    @Test
    void aCommonJsEntryIsRequireMainAndItsExitCodeIsTheProgramsInBothModes() throws Exception {
        Files.writeString(program.resolve("main.cjs"), """
                const path = require('path');
                const { describe } = require('./lib');
                if (require.main === module) {
                  console.log('main', module.id, path.basename(__filename), describe(), typeof exports, this === exports);
                }
                process.exitCode = 3;
                process.on('exit', (code) => console.log('exit', code));
                """);
        Files.createDirectories(program.resolve("lib"));
        Files.writeString(program.resolve("lib/index.js"),
                "exports.describe = () => 'lib is main? ' + (require.main === module) + ', parent ' + typeof module.parent;\n");
        String expected = node(program, "main.cjs");
        assertTrue(expected.endsWith("exit 3\n") && expected.startsWith("main . main.cjs"), expected);
        assertEquals(expected, hmrc(program, Linker.GRAALJS, "main.cjs"), "GraalJS's loader");
        assertEquals(expected, hmrc(program, Linker.HMRC, "main.cjs"), "hmrc's linker");
    }

    @Test
    void aBuiltinHmrcDoesNotProvideFailsWithOneLineInBothModes() throws IOException {
        Files.writeString(program.resolve("main.mjs"), """
                import { createRequire } from 'node:module';
                const require = createRequire(import.meta.url);
                try { require('cluster'); } catch (e) { console.log(String(e.stack).split('\\n')[0], e.code); }
                await import('node:worker_threads');
                """);
        String expected = """
                Error [ERR_UNKNOWN_BUILTIN_MODULE]: node:cluster is not available in hmrc ERR_UNKNOWN_BUILTIN_MODULE
                Uncaught Error [ERR_UNKNOWN_BUILTIN_MODULE]: node:worker_threads is not available in hmrc
                exit 1
                """;
        assertEquals(expected, hmrc(program, Linker.GRAALJS), "GraalJS's loader");
        assertEquals(expected, hmrc(program, Linker.HMRC), "hmrc's linker");
    }

    /** An embedded runtime's defaults: files below its root only, no environment; process.exit ends the program only. */
    @Test
    void anEmbeddedRuntimeReadsOnlyBelowItsRootSeesNoEnvironmentAndExitEndsOnlyTheProgram(@TempDir Path outside)
            throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "not for the program");
        Files.writeString(program.resolve("inside.txt"), "mine");
        Files.writeString(program.resolve("main.mjs"), """
                import fs from 'node:fs';
                console.log(fs.readFileSync('inside.txt', 'utf8'));
                for (const attempt of [() => fs.readFileSync(%s, 'utf8'), () => fs.writeFileSync(%s, 'x')]) {
                  try { attempt(); console.log('allowed'); } catch (e) { console.log(e.code, e.syscall, e.message.startsWith('EACCES: permission denied')); }
                }
                await fs.promises.readFile(%s).catch((e) => console.log('async', e.code));
                console.log(JSON.stringify(process.env), Object.keys(process.env).length);
                process.on('exit', (code) => console.log('exit listener', code));
                process.exit(7);
                console.log('never printed');
                """.formatted(quoted(secret), quoted(outside.resolve("new.txt")), quoted(secret)));
        for (Linker linker : Linker.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = ModuleRuntime.builder(program).linker(linker).out(out).err(new ByteArrayOutputStream())
                    .runProgram(List.of("./main.mjs"));
            assertEquals("""
                    mine
                    EACCES open true
                    EACCES open true
                    async EACCES
                    {} 0
                    exit listener 7
                    """, out.toString(StandardCharsets.UTF_8), linker.name());
            assertEquals(7, status, linker.name());
        }
        assertEquals("not for the program", Files.readString(secret));
        assertTrue(Files.notExists(outside.resolve("new.txt")), "nothing written outside the allowed folders");
        // Named folders and variables are what the program gets.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Files.writeString(program.resolve("main.mjs"), """
                import fs from 'node:fs';
                console.log(fs.readFileSync(%s, 'utf8'), process.env.GREETING);
                """.formatted(quoted(secret)));
        ModuleRuntime.builder(program).allowFiles(outside).environment(Map.of("GREETING", "hi")).out(out)
                .runProgram(List.of("./main.mjs"));
        assertEquals("not for the program hi\n", out.toString(StandardCharsets.UTF_8));
    }

    private static String quoted(Path path) {
        return "'" + path.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
