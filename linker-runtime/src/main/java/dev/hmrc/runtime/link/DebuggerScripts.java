package dev.hmrc.runtime.link;

import dev.hmrc.sourcemaps.DecodedSourceMap;
import dev.hmrc.sourcemaps.Mapping;
import dev.hmrc.sourcemaps.SourceMap;
import dev.hmrc.sourcemaps.SourceMapBuilder;
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
        String mapJson = withWrapperIgnored(map.get(), code, sourceName);
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

    /** The prefix ends with the wrapper's second {@code yield;} (docs/module-format.md, "Shape"). */
    private static final String PREFIX_END = "]);yield;";
    /** The suffix starts on the line after the module's last line. */
    private static final String SUFFIX_START = "\n}}).execute";

    /**
     * The transform's map with the wrapper (the prefix on line 1: the holder, accessors and
     * helpers; the suffix lines after the module's last line) mapped to a source of its own,
     * {@code hmrc:wrapper/<name>}, that the map's {@code ignoreList} (and Chrome's older
     * {@code x_google_ignoreList}) names: a debugger that honours it never steps into the
     * wrapper's helpers and hides their frames. Segments inside the wrapper that pointed at
     * the module (an accessor's name) now point at the wrapper source.
     */
    static String withWrapperIgnored(SourceMap transformMap, String code, String sourceName) {
        int prefixEnd = code.indexOf(PREFIX_END);
        int suffixStart = code.lastIndexOf(SUFFIX_START);
        if (prefixEnd < 0 || suffixStart < 0 || code.lastIndexOf('\n', prefixEnd) >= 0) {
            return transformMap.toJson(); // not the wrapper's shape (JSON modules have it too; be safe)
        }
        prefixEnd += PREFIX_END.length();
        int suffixLine = 1;
        for (int i = 0; i <= suffixStart; i++) {
            if (code.charAt(i) == '\n') {
                suffixLine++;
            }
        }
        suffixLine--; // 0-based line of "}}).execute"
        DecodedSourceMap decoded = DecodedSourceMap.decode(transformMap);
        SourceMapBuilder builder = new SourceMapBuilder(transformMap.file());
        java.util.Map<String, Integer> sourceIndex = new java.util.HashMap<>();
        for (int i = 0; i < transformMap.sources().size(); i++) {
            String content = transformMap.sourcesContent() != null && i < transformMap.sourcesContent().size()
                    ? transformMap.sourcesContent().get(i) : null;
            sourceIndex.put(transformMap.sources().get(i), builder.addSource(transformMap.sources().get(i), content));
        }
        int wrapper = builder.addSource("hmrc:wrapper/" + sourceName, null);
        java.util.Map<String, Integer> nameIndex = new java.util.HashMap<>();
        builder.addMapping(0, 0, wrapper, 0, 0, -1);
        boolean inSuffix = false;
        for (Mapping m : decoded.mappings()) {
            boolean wrapperPart = (m.generatedLine() == 0 && m.generatedColumn() < prefixEnd)
                    || m.generatedLine() >= suffixLine;
            if (m.generatedLine() >= suffixLine && !inSuffix) {
                builder.addMapping(suffixLine, 0, wrapper, 0, 0, -1);
                inSuffix = true;
            }
            if (wrapperPart) {
                continue;
            }
            if (!m.hasSource()) {
                builder.addUnmapped(m.generatedLine(), m.generatedColumn());
                continue;
            }
            int name = m.name() == null ? -1 : nameIndex.computeIfAbsent(m.name(), builder::addName);
            builder.addMapping(m.generatedLine(), m.generatedColumn(), sourceIndex.getOrDefault(m.source(), 0),
                    m.originalLine(), m.originalColumn(), name);
        }
        if (!inSuffix) {
            builder.addMapping(suffixLine, 0, wrapper, 0, 0, -1);
        }
        String json = builder.build().toJson();
        String ignore = "[" + wrapper + "]";
        return json.substring(0, json.length() - 1) + ",\"ignoreList\":" + ignore + ",\"x_google_ignoreList\":" + ignore + "}";
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
