package dev.hmrc.golden;

import dev.hmrc.sourcemaps.Mapping;

import java.util.List;

/**
 * Renders decoded mappings as the readable {@code mappings.txt} of a golden
 * case: one mapping a line, generated position, original position, name, and
 * the generated text the segment covers, so a reviewer can check each by eye.
 */
final class MappingListing {

    static final String HEADER = """
            # generated line:column -> original line:column [name] | generated text up to the next mapping
            # lines 1-based, columns 0-based in UTF-16 code units; "-" = segment with no original position
            """;

    private static final int SHOWN_TEXT = 40;

    private MappingListing() {
    }

    /** The listing; {@code mainSource} is the source name not repeated on every line. */
    static String render(List<Mapping> mappings, String generated, String mainSource) {
        String[] lines = generated.split("\r\n|\r|\n", -1);
        StringBuilder out = new StringBuilder(HEADER);
        for (int i = 0; i < mappings.size(); i++) {
            Mapping m = mappings.get(i);
            out.append(m.generatedLine() + 1).append(':').append(m.generatedColumn()).append(" -> ");
            if (!m.hasSource()) {
                out.append('-');
            } else {
                if (!m.source().equals(mainSource)) {
                    out.append(m.source()).append(':');
                }
                out.append(m.originalLine() + 1).append(':').append(m.originalColumn());
                if (m.name() != null) {
                    out.append(' ').append(m.name());
                }
            }
            Mapping next = i + 1 < mappings.size() ? mappings.get(i + 1) : null;
            out.append(" | ").append(segmentText(lines, m, next)).append('\n');
        }
        return out.toString();
    }

    private static String segmentText(String[] lines, Mapping m, Mapping next) {
        if (m.generatedLine() >= lines.length) {
            return "<line past the end of the output>";
        }
        String line = lines[m.generatedLine()];
        int start = Math.min(m.generatedColumn(), line.length());
        int end = next != null && next.generatedLine() == m.generatedLine()
                ? Math.min(Math.max(next.generatedColumn(), start), line.length()) : line.length();
        String text = line.substring(start, end).stripTrailing();
        if (text.length() > SHOWN_TEXT) {
            int cut = SHOWN_TEXT;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut) + "…";
        }
        return text.replace("\t", "\\t");
    }
}
