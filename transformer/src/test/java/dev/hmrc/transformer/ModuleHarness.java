package dev.hmrc.transformer;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/**
 * Runs a small module graph two ways on GraalJS: transformed, through the test
 * linker (test-linker.js, which follows the protocol of docs/module-format.md), and
 * natively as ES modules from files. Both return what the program printed.
 */
final class ModuleHarness implements AutoCloseable {
    private final ModuleTransformer transformer = new ModuleTransformer();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Context context;
    private final Value linker;

    ModuleHarness(Map<String, String> modules) {
        context = Context.newBuilder("js").out(output).err(output)
                .option("engine.WarnInterpreterOnly", "false").build();
        Value defs = context.eval("js", "({})");
        for (Map.Entry<String, String> module : modules.entrySet()) {
            defs.putMember(module.getKey(), definition(module.getKey(), module.getValue()));
        }
        linker = context.eval(Source.create("js", resource("test-linker.js"))).execute(defs);
    }

    /** {execute, record} for the linker: the transformed code evaluated as a script. */
    Value definition(String name, String source) {
        try {
            TransformResult result = name.endsWith(".json") ? transformer.transformJson(source, name)
                    : transformer.transform(source, name);
            Value execute = context.eval(Source.newBuilder("js", result.code(), name + ".hot.js").buildLiteral());
            Value def = context.eval("js", "({})");
            def.putMember("execute", execute);
            def.putMember("record", result.record().toJson());
            return def;
        } catch (ModuleSyntaxError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Loads, links and evaluates {@code entry} through the transform; returns all output so far. */
    String run(String entry) {
        linker.getMember("run").execute(entry);
        return output();
    }

    Value linker() {
        return linker;
    }

    String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Runs {@code entry} of {@code modules} natively (GraalJS's own ES module loader) and returns its output. */
    static String runNatively(Map<String, String> modules, String entry) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("hmrc-native");
            for (Map.Entry<String, String> module : modules.entrySet()) {
                Files.writeString(dir.resolve(module.getKey()), module.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Context context = Context.newBuilder("js").out(out).err(out).allowIO(IOAccess.ALL)
                    .option("engine.WarnInterpreterOnly", "false").build()) {
                Source source = Source.newBuilder("js", dir.resolve(entry).toFile())
                        .mimeType("application/javascript+module").build();
                try {
                    context.eval(source);
                } catch (org.graalvm.polyglot.PolyglotException e) {
                    out.writeBytes(("Uncaught " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // temp dir cleanup is best effort
                }
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = ModuleHarness.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
