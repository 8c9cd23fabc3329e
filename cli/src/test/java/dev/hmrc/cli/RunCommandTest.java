package dev.hmrc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hmrc run} in-process, in both modes, with captured program output. */
class RunCommandTest {

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    private Run hmrc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter usage = new StringWriter();
        var commandLine = Hmrc.commandLine();
        commandLine.setErr(new PrintWriter(usage, true));
        ((RunCommand) commandLine.getSubcommands().get("run").getCommand()).redirect(out, err);
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + usage);
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String[] withRegister(boolean hot, String... rest) {
        List<String> args = new ArrayList<>(List.of("run"));
        if (hot) {
            args.addAll(List.of("--import", "hmr/register"));
        }
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    @Test
    void bothModesPrintTheSameProgramOutput() throws IOException {
        write("lib/counter.mjs", "export let count = 0;\nexport function increment() { count++; }\n");
        write("pre.mjs", "console.log('preloaded');\n");
        Path main = write("main.mjs", """
                import { count, increment } from './lib/counter.mjs';
                increment();
                await null;
                setTimeout(() => console.log('timer', count, arguments.join('|')), 1);
                console.log('main', count);
                """);
        for (boolean hot : new boolean[] {false, true}) {
            Run run = hmrc(withRegister(hot, "--import", pre(), main.toString(), "a", "--b"));
            assertEquals(0, run.exit(), run.err());
            assertEquals("preloaded\nmain 1\ntimer 1 a|--b\n", run.out(), "hot=" + hot);
        }
    }

    @Test
    void jsStagingAcceptsImportDeferInBothModesAndWithoutItNeither() throws IOException {
        write("lazy.mjs", "console.log('lazy evaluated');\nexport const x = 1;\n");
        Path main = write("main.mjs", """
                import defer * as lazy from './lazy.mjs';
                console.log('before the first read');
                console.log(lazy.x);
                """);
        for (boolean hot : new boolean[] {false, true}) {
            Run staging = hmrc(withRegister(hot, "--js-staging", main.toString()));
            assertEquals(0, staging.exit(), staging.err());
            assertEquals("before the first read\nlazy evaluated\n1\n", staging.out(), "hot=" + hot);
            Run stable = hmrc(withRegister(hot, main.toString()));
            assertEquals(1, stable.exit(), "hot=" + hot);
            assertEquals("", stable.out(), "hot=" + hot);
            assertTrue(stable.err().startsWith("Uncaught SyntaxError: "), stable.err());
        }
    }

    private String pre() {
        return temp.resolve("pre.mjs").toUri().toString();
    }

    @Test
    void uncaughtErrorGoesToStderrWithStatusOne() throws IOException {
        write("dep.mjs", "export function fail() { throw new TypeError('bad thing'); }\n");
        Path main = write("main.mjs", "import { fail } from './dep.mjs';\nconsole.log('before');\nfail();\n");
        for (boolean hot : new boolean[] {false, true}) {
            Run run = hmrc(withRegister(hot, main.toString()));
            assertEquals(1, run.exit(), "hot=" + hot);
            assertEquals("before\n", run.out());
            assertTrue(run.err().startsWith("Uncaught TypeError: bad thing\n"), run.err());
            assertTrue(run.err().contains("dep.mjs:1"), "stack names the module: " + run.err());
        }
    }

    @Test
    void linkErrorRunsNothing() throws IOException {
        write("dep.mjs", "console.log('dep');\nexport const a = 1;\n");
        Path main = write("main.mjs", "import { b } from './dep.mjs';\nconsole.log(b);\n");
        for (boolean hot : new boolean[] {false, true}) {
            Run run = hmrc(withRegister(hot, main.toString()));
            assertEquals(1, run.exit());
            assertEquals("", run.out());
            assertTrue(run.err().startsWith(
                    "Uncaught SyntaxError: The requested module './dep.mjs' does not provide an export named 'b'"),
                    run.err());
        }
    }

    @Test
    void missingEntryIsUsageErrorOnlyWhenNotGiven() throws IOException {
        Run noEntry = hmrc("run");
        assertEquals(2, noEntry.exit());
        assertTrue(noEntry.err().contains("ENTRY"), noEntry.err());
        Run missingFile = hmrc("run", "--import", "hmr/register", temp.resolve("nope.mjs").toString());
        assertEquals(1, missingFile.exit());
        assertTrue(missingFile.err().startsWith("Uncaught Error: Cannot find module"), missingFile.err());
    }

    @Test
    void uncaughtStackShowsOriginalPositionsInBothModes() throws IOException {
        write("dep.mjs", "export function fail(m) { throw new TypeError(m); }\n");
        write("counter.mjs", "export let count = 0;\nexport function bump() { count++; }\n");
        // Thrown on line 1, behind the wrapper prefix, from a call to an import.
        Path firstLine = write("first.mjs", "import { fail } from './dep.mjs'; fail('one');\n");
        // Thrown on line 3, after two reads of an import that the transform rewrites to longer calls.
        Path laterLine = write("later.mjs", """
                import { count, bump } from './counter.mjs';
                bump();
                const total = count + count; null.boom;
                """);
        String dep = temp.resolve("dep.mjs").toRealPath().toString();
        String expectedFirst = "Uncaught TypeError: one\n"
                + "    at fail (" + dep + ":1:33)\n"
                + "    at " + firstLine.toRealPath() + ":1:35\n";
        String expectedLater = "Uncaught TypeError: Cannot read property 'boom' of null\n"
                + "    at " + laterLine.toRealPath() + ":3:30\n";
        for (boolean hot : new boolean[] {false, true}) {
            Run first = hmrc(withRegister(hot, firstLine.toString()));
            assertEquals(1, first.exit(), first.err());
            assertEquals(expectedFirst, first.err(), "hot=" + hot);
            Run later = hmrc(withRegister(hot, laterLine.toString()));
            assertEquals(1, later.exit(), later.err());
            assertEquals(expectedLater, later.err(), "hot=" + hot);
        }
    }

    @Test
    void badHotOptionIsAUsageError() throws IOException {
        Path main = write("main.mjs", "console.log('never');\n");
        Run run = hmrc("run", "--import", "hmr/register?loud", main.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("unknown option 'loud'"), run.err());
        assertEquals("", run.out());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "reload=partial|reload must be full, none or restart",
            "cleanup=maybe|cleanup must be on or off",
            "boundaries=a{b|not a valid glob",
            "api=webpack|api must be vite, esm-hmr or bun"})
    void badValueOfAnIssue16OptionIsAUsageError(String option, String message) throws IOException {
        Path main = write("main.mjs", "console.log('never');\n");
        Run run = hmrc("run", "--import", "hmr/register?" + option, main.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", run.out());
    }

    @Test
    void hotRunAppliesAnEditWhileTheProgramRuns() throws IOException {
        // A file is rewritten while the program runs (as an editor would); the program reads the
        // new export through its live binding once the update applied, then ends by itself.
        write("dep.mjs", "export const value = 'first';\nimport.meta.hot.accept();\n");
        Path dep = temp.resolve("dep.mjs");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                if (started.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    Files.writeString(dep, "export const value = 'second';\nimport.meta.hot.accept();\n");
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Path simpleMain = write("simple.mjs", """
                import { value } from './dep.mjs';
                console.log('before:', value);
                import.meta.hot.on('hmr:afterUpdate', () => {
                  console.log('after:', value);
                  clearTimeout(giveUp);
                });
                const giveUp = setTimeout(() => console.log('no update within 20 s'), 20000);
                """);
        writer.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                if (toString(StandardCharsets.UTF_8).contains("before:")) {
                    started.countDown(); // the program runs: its modules are loaded and watched
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var commandLine = Hmrc.commandLine();
        ((RunCommand) commandLine.getSubcommands().get("run").getCommand()).redirect(out, err);
        int exit = commandLine.execute("run", "--import", "hmr/register", simpleMain.toString());
        Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run.exit(), run.err());
        assertEquals("before: first\nafter: second\n", run.out());
        assertTrue(run.err().matches("(?s).*\\[hot\\] Loaded 1 new module, reevaluated 0 existing modules in [0-9.]+ ?ms\\..*"),
                run.err());
    }

    @Test
    void hotRunReRunsACommonJsFileThatOnlyCommonJsRequiresAndItsRequirers() throws IOException {
        // grandchild.cjs is required by child.cjs only, which main.mjs imports: editing it re-runs
        // both CommonJS files and re-links main to child's new module.exports.
        write("grandchild.cjs", "module.exports = 'first';\n");
        write("child.cjs", "exports.value = 'child of ' + require('./grandchild.cjs');\n");
        Path grandchild = temp.resolve("grandchild.cjs");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                if (started.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    Files.writeString(grandchild, "module.exports = 'second';\n");
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Path main = write("main.mjs", """
                import { createRequire } from 'node:module';
                import { value } from './child.cjs';
                const cache = createRequire(import.meta.url).cache;
                console.log('before:', value);
                import.meta.hot.accept('./child.cjs');
                import.meta.hot.on('hmr:afterUpdate', () => {
                  console.log('after:', value, Object.keys(cache).length);
                  clearTimeout(giveUp);
                });
                const giveUp = setTimeout(() => console.log('no update within 20 s'), 20000);
                """);
        writer.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                if (toString(StandardCharsets.UTF_8).contains("before:")) {
                    started.countDown();
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var commandLine = Hmrc.commandLine();
        ((RunCommand) commandLine.getSubcommands().get("run").getCommand()).redirect(out, err);
        int exit = commandLine.execute("run", "--import", "hmr/register", main.toString());
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals("before: child of first\nafter: child of second 2\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).matches(
                "(?s).*\\[hot\\] Loaded 1 new module, reevaluated 1 existing module in [0-9.]+ ?ms\\..*"), err.toString());
    }

    @Test
        void aPreloadRegistersLoaderHooksUnderHmrcsLinker() throws IOException {
        write("src/greet.mjs", "export const greet = (name) => 'hello, ' + name;\n");
        Path hooks = write("hooks.mjs", """
                import { registerHooks } from 'node:module';
                registerHooks({
                  resolve(specifier, context, nextResolve) {
                    if (specifier === '#greet') return nextResolve(import.meta.resolve('./src/greet.mjs'), context);
                    if (specifier.startsWith('virtual:')) return { url: specifier, shortCircuit: true };
                    if (specifier === 'denied') throw new Error('hooks deny ' + specifier);
                    return nextResolve(specifier, context);
                  },
                  load(url, context, nextLoad) {
                    if (url === 'virtual:name') return { format: 'module', source: 'export default "hooks";' };
                    return nextLoad(url, context);
                  },
                });
                """);
        Path main = write("main.mjs", """
                import { greet } from '#greet';
                import name from 'virtual:name';
                console.log(greet(name));
                await import('denied');
                """);
        Run run = hmrc("run", "--import", hooks.toString(), "--import", "hmr/register", main.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals("hello, hooks\n", run.out());
        assertTrue(run.err().startsWith("Uncaught Error: hooks deny denied\n"), run.err());
    }

    @Test
    void withoutHmrcsLinkerImportingNodeModuleSaysHooksNeedIt() throws IOException {
        Path hooks = write("hooks.mjs", "import { registerHooks } from 'node:module';\nregisterHooks({});\n");
        Path main = write("main.mjs", "console.log('main');\n");
        Run run = hmrc("run", "--import", hooks.toString(), main.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Uncaught Error: Cannot import 'node:module' without --import hmr/register:"
                + " loader hooks (registerHooks) need hmrc's linker"), run.err());
    }
}
