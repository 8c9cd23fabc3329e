package dev.hmrc.golden;

import dev.hmrc.sourcemaps.Mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map-back property: every identifier of the input has a mapping that
 * points at exactly its original line and column, on the same generated line
 * (the transform keeps lines), and the generated text there is either the same
 * identifier or the mapping carries the identifier as its name (a rewritten
 * import read such as {@code $$hi0()}).
 */
final class MapBack {

    private MapBack() {
    }

    /** Problems found, one readable line each; empty when every identifier maps back. */
    static List<String> problems(String input, String output, List<Mapping> mappings) {
        Map<Long, List<Mapping>> byOriginal = new HashMap<>();
        for (Mapping m : mappings) {
            if (m.hasSource()) {
                byOriginal.computeIfAbsent(key(m.originalLine(), m.originalColumn()), k -> new ArrayList<>()).add(m);
            }
        }
        String[] generatedLines = output.split("\r\n|\r|\n", -1);
        List<String> problems = new ArrayList<>();
        for (SourceIdentifiers.Identifier id : SourceIdentifiers.of(input)) {
            List<Mapping> candidates = byOriginal.getOrDefault(key(id.line(), id.column()), List.of());
            if (candidates.isEmpty()) {
                problems.add("identifier `" + id.name() + "` at " + id + ": no mapping points to it");
                continue;
            }
            boolean ok = false;
            StringBuilder seen = new StringBuilder();
            for (Mapping m : candidates) {
                String shown = generatedLines.length > m.generatedLine()
                        ? tokenAt(generatedLines[m.generatedLine()], m.generatedColumn()) : "<no such line>";
                boolean sameLine = m.generatedLine() == id.line();
                boolean sameText = shown.equals(id.name());
                boolean named = id.name().equals(m.name());
                if (sameLine && (sameText || named)) {
                    ok = true;
                    break;
                }
                seen.append(" [generated ").append(m.generatedLine() + 1).append(':').append(m.generatedColumn())
                        .append(" shows `").append(shown).append("`, name ").append(m.name()).append(']');
            }
            if (!ok) {
                problems.add("identifier `" + id.name() + "` at " + id + " maps to" + seen);
            }
        }
        return problems;
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | column;
    }

    /** The identifier-like run of text starting at column (or the next few characters). */
    static String tokenAt(String line, int column) {
        if (column < 0 || column > line.length()) {
            return "<column " + column + " past the line end>";
        }
        int end = column;
        while (end < line.length()) {
            int cp = line.codePointAt(end);
            if (cp == '$' || cp == '_' || cp == 0x200c || cp == 0x200d || Character.isUnicodeIdentifierPart(cp)
                    && !Character.isIdentifierIgnorable(cp)) {
                end += Character.charCount(cp);
            } else {
                break;
            }
        }
        return end > column ? line.substring(column, end) : line.substring(column, Math.min(line.length(), column + 3));
    }
}
