package dev.hmrc.runtime.link;

import dev.hmrc.sourcemaps.SourceMap;
import org.graalvm.polyglot.Source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * How a transformed module's script looks to a debugger (a runtime started with
 * {@code inspect}): its URL is the module's own {@code file:} URL, the same for every version
 * of the module, so a breakpoint set by URL ({@code Debugger.setBreakpointByUrl}) applies to
 * each new version; and the script carries its source map inline, so the debugger shows the
 * original text and columns (the transform keeps every line, so lines agree either way).
 */
final class DebuggerScripts {

    private DebuggerScripts() {
    }

    /** A source builder with the module's URL and the script text with its map appended. */
    static Source.Builder describe(String code, String sourceName, Supplier<SourceMap> map) {
        URI uri = uriOf(sourceName);
        String mapJson = map.get().toJson();
        String text = code + (code.endsWith("\n") ? "" : "\n") + "//# sourceMappingURL=data:application/json;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(mapJson.getBytes(StandardCharsets.UTF_8)) + "\n";
        Path file = filePath(sourceName);
        if (file != null) {
            // A file-based source (its content given, the file is not read): GraalVM's inspector
            // names it by its file: URL. A literal source would be named by its name, made unique
            // with a counter ("2//app/dep.mjs") from the second version on, and breakpoints set
            // by URL would miss every new version.
            return Source.newBuilder("js", file.toFile()).content(text).name(sourceName).cached(false);
        }
        Source.Builder described = Source.newBuilder("js", text, sourceName).cached(false);
        return uri != null ? described.uri(uri) : described;
    }

    private static Path filePath(String sourceName) {
        try {
            Path path = Path.of(sourceName);
            return path.isAbsolute() ? path : null;
        } catch (RuntimeException notAPath) {
            return null;
        }
    }

    /** A file path's {@code file:} URL; a URL as it is; null when the name is neither. */
    static URI uriOf(String sourceName) {
        try {
            Path path = Path.of(sourceName);
            if (path.isAbsolute()) {
                return path.toUri();
            }
        } catch (RuntimeException notAPath) {
            // a URL
        }
        try {
            URI uri = URI.create(sourceName);
            return uri.isAbsolute() ? uri : null;
        } catch (IllegalArgumentException neither) {
            return null;
        }
    }
}
