package dev.hmrc.runtime.link;

import dev.hmrc.sourcemaps.DecodedSourceMap;
import dev.hmrc.sourcemaps.Mapping;
import dev.hmrc.sourcemaps.SourceMap;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the stack frames of an error so that they read as if GraalJS had run the
 * original modules: each {@code file:line:column} of a transformed module goes back
 * through the module's source map ({@link dev.hmrc.transformer.TransformResult#map()};
 * lines are the same, columns differ where the transform rewrote text, and on line 1 by
 * the wrapper prefix), and the frame of a module's top-level code, which runs in the
 * wrapper's generator method {@code execute}, is printed without a function name, as
 * GraalJS prints a native module's top-level frame.
 *
 * <p>Frames inside the wrapper prefix on line 1, which no original text maps to (e.g. an
 * export accessor {@code "a":()=>a} reading a binding still in its temporal dead zone),
 * are dropped: GraalJS shows no frame for them when it runs the original module.
 *
 * <p>A module whose own source mentions {@code execute} may declare a function of that
 * name; its {@code execute} frames keep their name, since they cannot be told apart from
 * the wrapper's by the stack text alone. Frames of other files are left as they are.
 */
public final class OriginalStack {

    /** An empty registry. */
    public OriginalStack() {
    }

    /** {@code    at [name ](file:line:column)} or {@code    at file:line:column}. */
    private static final Pattern NAMED_FRAME = Pattern.compile("^(\\s+at )(.*?) \\((.+):(\\d+):(\\d+)\\)$");
    private static final Pattern ANONYMOUS_FRAME = Pattern.compile("^(\\s+at )(.+):(\\d+):(\\d+)$");
    private static final String WRAPPER_FUNCTION = "execute";

    /** A transformed module's map, decoded on first use, and whether its source may name a function {@code execute}. */
    private static final class Module {
        private final Supplier<SourceMap> map;
        private final boolean mentionsExecute;
        private volatile DecodedSourceMap decoded;

        Module(Supplier<SourceMap> map, boolean mentionsExecute) {
            this.map = map;
            this.mentionsExecute = mentionsExecute;
        }

        DecodedSourceMap decoded() {
            DecodedSourceMap d = decoded;
            if (d == null) {
                d = DecodedSourceMap.decode(map.get());
                decoded = d;
            }
            return d;
        }
    }

    private final Map<String, Module> modules = new ConcurrentHashMap<>();

    /**
     * Records a transformed module under the source name its code was evaluated with
     * (what stack frames show); a later version of the same file replaces it.
     *
     * @param sourceName the name frames show for the module
     * @param map the transformed code's source map
     * @param originalText the module's original text
     */
    public void register(String sourceName, SourceMap map, String originalText) {
        register(sourceName, () -> map, originalText);
    }

    /** {@link #register(String, SourceMap, String)} with a map that is made only when a stack needs it. */
    public void register(String sourceName, Supplier<SourceMap> map, String originalText) {
        modules.put(sourceName, new Module(map, originalText.contains(WRAPPER_FUNCTION)));
    }

    /**
     * {@return the stack (frame lines, newline separated) with original positions and top-level frames unnamed}
     *
     * @param stack frame lines as the engine printed them
     */
    public String rewrite(String stack) {
        if (stack.isEmpty() || modules.isEmpty()) {
            return stack;
        }
        StringBuilder out = new StringBuilder(stack.length());
        boolean first = true;
        for (String line : stack.split("\n", -1)) {
            String rewritten = rewriteFrame(line);
            if (rewritten == null) {
                continue;
            }
            if (!first) {
                out.append('\n');
            }
            out.append(rewritten);
            first = false;
        }
        return out.toString();
    }

    /** The frame with its original position; null for a frame of the wrapper prefix. */
    private String rewriteFrame(String frame) {
        Matcher named = NAMED_FRAME.matcher(frame);
        if (named.matches()) {
            Module module = modules.get(named.group(3));
            if (module == null) {
                return frame;
            }
            if (inWrapperPrefix(module, named.group(4), named.group(5))) {
                return null;
            }
            String location = named.group(3) + ":" + original(module, named.group(4), named.group(5));
            String name = named.group(2);
            if (name.equals(WRAPPER_FUNCTION) && !module.mentionsExecute) {
                return named.group(1) + location;
            }
            return named.group(1) + name + " (" + location + ")";
        }
        Matcher anonymous = ANONYMOUS_FRAME.matcher(frame);
        if (anonymous.matches()) {
            Module module = modules.get(anonymous.group(2));
            if (module != null && inWrapperPrefix(module, anonymous.group(3), anonymous.group(4))) {
                return null;
            }
            if (module != null) {
                return anonymous.group(1) + anonymous.group(2) + ":"
                        + original(module, anonymous.group(3), anonymous.group(4));
            }
        }
        return frame;
    }

    /** Whether a generated position (1-based) is on line 1 before any text that maps to the original. */
    private static boolean inWrapperPrefix(Module module, String lineText, String columnText) {
        if (!lineText.equals("1")) {
            return false;
        }
        Optional<Mapping> mapping = module.decoded().originalPositionFor(0, Integer.parseInt(columnText) - 1);
        return mapping.isEmpty() || mapping.get().generatedLine() != 0;
    }

    /**
     * {@code line:column} (both 1-based, as in stack frames) of the original module for a
     * generated position: the covering segment's original position plus the distance into
     * the segment; the generated position itself when no segment covers it.
     */
    private static String original(Module module, String lineText, String columnText) {
        int line = Integer.parseInt(lineText);
        int column = Integer.parseInt(columnText);
        Optional<Mapping> mapping = module.decoded().originalPositionFor(line - 1, column - 1);
        if (mapping.isEmpty() || mapping.get().generatedLine() != line - 1) {
            return line + ":" + column;
        }
        Mapping m = mapping.get();
        int originalColumn = m.originalColumn() + (column - 1 - m.generatedColumn());
        return (m.originalLine() + 1) + ":" + (originalColumn + 1);
    }
}
