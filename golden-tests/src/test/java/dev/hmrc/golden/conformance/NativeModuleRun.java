package dev.hmrc.golden.conformance;

import dev.hmrc.transformer.JsLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one conformance case with GraalJS's own ES module loader (the oracle of
 * the differential suite) and renders what happened in the {@code expected.txt}
 * format: the {@code console.log} lines, then {@code Uncaught <name>: <message>}
 * if the entry module's evaluation was rejected, then {@code exit <status>}.
 *
 * <p>The entry is loaded with a dynamic {@code import()} of {@code main.mjs}
 * from a bootstrap script, so link errors, evaluation errors and rejected
 * top-level awaits all arrive the same way: as the rejection of the promise
 * the spec's {@code import()} returns (ContinueDynamicImport). GraalJS drains
 * its promise job queue each time control returns from the context to Java;
 * the runner re-enters the context until the import promise has settled, so
 * every job that can run has run before the result is rendered.
 *
 * <p>The file system is read-only; modules can read anything the JVM can, but
 * cases only import files in their own folder (relative specifiers).
 */
public final class NativeModuleRun {

    /** One engine shared by every run, so GraalJS's code caches are reused. */
    private static final Engine ENGINE = Engine.newBuilder("js")
            .option("engine.WarnInterpreterOnly", "false")
            .build();

    /** At most this many re-entries to let pending jobs finish (guards against a never-settling import). */
    private static final int MAX_ROUNDS = 100;

    private NativeModuleRun() {
    }

    /** What a native run printed and how it ended. */
    public record Outcome(String stdout, String uncaught, int exitStatus) {

        /** The transcript in the {@code expected.txt} format, ending with a newline. */
        public String transcript() {
            StringBuilder out = new StringBuilder(stdout);
            if (!stdout.isEmpty() && !stdout.endsWith("\n")) {
                out.append('\n');
            }
            if (uncaught != null) {
                out.append("Uncaught ").append(uncaught).append('\n');
            }
            out.append("exit ").append(exitStatus).append('\n');
            return out.toString();
        }
    }

    /** Runs {@code main.mjs} of the case folder natively, in the stable ECMAScript edition. */
    public static Outcome run(Path caseFolder) {
        return run(caseFolder, JsLanguage.STABLE);
    }

    /** Runs {@code main.mjs} of the case folder natively, with the context's {@code js.ecmascript-version} for {@code language}. */
    public static Outcome run(Path caseFolder, JsLanguage language) {
        Path main = caseFolder.resolve("main.mjs").toAbsolutePath().normalize();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        IOAccess io = IOAccess.newBuilder()
                .fileSystem(FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem()))
                .build();
        try (Context context = Context.newBuilder("js")
                .engine(ENGINE)
                .allowIO(io)
                .option("js.ecmascript-version", language.ecmaScriptVersionOption())
                .out(stdout)
                .err(stderr)
                .build()) {
            AtomicReference<String> state = new AtomicReference<>("pending");
            AtomicReference<String> failure = new AtomicReference<>();
            Value describe = context.eval("js", DESCRIBE_THROWN);
            Value promise = context.eval(Source.newBuilder("js",
                    "import(" + jsString(main.toUri().toString()) + ")", "conformance-bootstrap.js").buildLiteral());
            promise.invokeMember("then",
                    (org.graalvm.polyglot.proxy.ProxyExecutable) args -> {
                        state.set("fulfilled");
                        return null;
                    },
                    (org.graalvm.polyglot.proxy.ProxyExecutable) args -> {
                        failure.set(describe.execute(args.length > 0 ? args[0] : null).asString());
                        state.set("rejected");
                        return null;
                    });
            for (int round = 0; round < MAX_ROUNDS && state.get().equals("pending"); round++) {
                context.eval("js", "undefined"); // returning to Java runs the pending jobs
            }
            String out = stdout.toString(StandardCharsets.UTF_8);
            return switch (state.get()) {
                case "fulfilled" -> new Outcome(out, null, 0);
                case "rejected" -> new Outcome(out, failure.get(), 1);
                default -> new Outcome(out, "(the entry module never settled)", 13);
            };
        } catch (PolyglotException e) {
            throw new IllegalStateException("the native run of " + main + " failed outside the module graph: "
                    + e.getMessage(), e);
        }
    }

    /** Renders a thrown value: {@code name: message} for an Error, else {@code String(value)}. */
    private static final String DESCRIBE_THROWN = """
            (e) => (e instanceof Error) ? String(e.name) + ': ' + String(e.message) : String(e)
            """;

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /** Runs the case folders given as arguments and prints their transcripts (for quick iteration). */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path folder = Path.of(arg);
            System.out.println("=== " + folder.getFileName());
            System.out.print(run(folder).transcript());
        }
    }

    static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
