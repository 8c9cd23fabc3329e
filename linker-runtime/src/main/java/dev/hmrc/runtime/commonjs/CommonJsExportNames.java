package dev.hmrc.runtime.commonjs;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The names a CommonJS module exports as Node's static detection finds them: Node's own
 * {@code cjs-module-lexer} (its JS build, from the {@code org.webjars.npm:cjs-module-lexer}
 * jar on the class path) run in a context of its own, on one thread of its own, so that any
 * thread (the loop, GraalJS's file system callbacks, the watcher) may ask.
 */
public final class CommonJsExportNames {

    /** Where the lexer's JS build is on the class path. */
    static final String LEXER_RESOURCE = "/META-INF/resources/webjars/cjs-module-lexer/1.4.3/lexer.js";

    /**
     * What the lexer found.
     *
     * @param exports   the names assigned on {@code exports} / {@code module.exports}
     * @param reexports the specifiers whose exports are re-exported ({@code module.exports = require('x')}, {@code __exportStar})
     */
    public record Detected(List<String> exports, List<String> reexports) {
    }

    private static final CommonJsExportNames SHARED = new CommonJsExportNames();

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "hmrc-cjs-lexer");
        t.setDaemon(true);
        return t;
    });
    private Context context;
    private Value parse;

    private CommonJsExportNames() {
    }

    /** {@return the process's lexer} */
    public static CommonJsExportNames shared() {
        return SHARED;
    }

    /**
     * Lexes one CommonJS module's text.
     *
     * @param source the module's text
     * @return its detected exports and re-exports; none when the lexer rejects the text (as Node then)
     */
    public Detected detect(String source) {
        String key = sha256(source);
        Detected known = memory.get(key);
        if (known != null) {
            return known;
        }
        Detected stored = readStored(key);
        if (stored != null) {
            memory.put(key, stored);
            return stored;
        }
        Detected detected = lex(source);
        memory.put(key, detected);
        store(key, detected);
        return detected;
    }

    /**
     * Results by the SHA-256 of the text, in memory and in {@code commonjs-exports/} of the
     * transform cache's folder (the lexer, interpreted at first in its own context, takes seconds
     * over a file as large as lodash's full build).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Detected> memory = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.nio.file.Path storeFolder = storeFolder();

    private static java.nio.file.Path storeFolder() {
        java.nio.file.Path cache = dev.hmrc.runtime.link.TransformCache.defaultFolder(System.getenv(),
                System.getProperty("user.home"));
        return cache == null ? null : cache.resolve("commonjs-exports");
    }

    private Detected readStored(String key) {
        if (storeFolder == null) {
            return null;
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(storeFolder.resolve(key), StandardCharsets.UTF_8);
            if (lines.size() != 3 || !lines.get(0).equals(FORMAT)) {
                return null;
            }
            return new Detected(split(lines.get(1)), split(lines.get(2)));
        } catch (IOException | RuntimeException absent) {
            return null;
        }
    }

    /** Names are joined by NUL, which no name the lexer gives can hold. */
    private static final String FORMAT = "hmrc cjs-module-lexer 1.4.3 v1";

    private static List<String> split(String line) {
        return line.isEmpty() ? List.of() : List.of(line.split("\0", -1));
    }

    private void store(String key, Detected detected) {
        if (storeFolder == null) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(storeFolder);
            java.nio.file.Path temporary = java.nio.file.Files.createTempFile(storeFolder, key, ".tmp");
            java.nio.file.Files.writeString(temporary, FORMAT + "\n" + String.join("\0", detected.exports()) + "\n"
                    + String.join("\0", detected.reexports()) + "\n", StandardCharsets.UTF_8);
            java.nio.file.Files.move(temporary, storeFolder.resolve(key), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException unwritable) {
            // a cache only: the next run lexes again
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Detected lex(String source) {
        try {
            return thread.submit(() -> detectHere(source)).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while lexing a CommonJS module", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("cjs-module-lexer failed", failed.getCause());
        }
    }

    private Detected detectHere(String source) {
        if (context == null) {
            context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            String text;
            try (InputStream in = CommonJsExportNames.class.getResourceAsStream(LEXER_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("hmrc: " + LEXER_RESOURCE + " missing from the class path");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Value exported = context.eval(Source.newBuilder("js",
                    "(function (module, exports) {" + text + "\n; return module.exports; })", "cjs-module-lexer.js")
                    .buildLiteral()).execute(context.eval("js", "({ exports: {} })"), context.eval("js", "({})"));
            exported = context.eval("js", "(m) => m").execute(exported);
            parse = context.eval("js", "(lexer) => (source) => { try { const r = lexer.parse(source);"
                    + " return [r.exports, r.reexports]; } catch (e) { return [[], []]; } }").execute(exported);
        }
        Value result = parse.execute(source);
        return new Detected(strings(result.getArrayElement(0)), strings(result.getArrayElement(1)));
    }

    private static List<String> strings(Value array) {
        List<String> list = new ArrayList<>((int) array.getArraySize());
        for (long i = 0; i < array.getArraySize(); i++) {
            list.add(array.getArrayElement(i).asString());
        }
        return list;
    }
}
