package dev.hmrc.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A short unified-style diff between an expected and an actual text: the
 * first region where they differ, with a few lines of context, so a failing
 * golden case says exactly where it went wrong.
 */
final class LineDiff {

    private static final int CONTEXT = 3;
    private static final int SHOWN = 12;

    private LineDiff() {
    }

    /** The first differing region of the two texts, or null when they are equal. */
    static String firstDifference(String fileName, String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        // Align the tails too, so an inserted or removed line shows as just that.
        int wantEnd = want.size();
        int gotEnd = got.size();
        while (wantEnd > first && gotEnd > first && want.get(wantEnd - 1).equals(got.get(gotEnd - 1))) {
            wantEnd--;
            gotEnd--;
        }
        int from = Math.max(0, first - CONTEXT);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fileName).append(" (expected)\n");
        out.append("+++ ").append(fileName).append(" (actual)\n");
        out.append("@@ -").append(first + 1).append(" +").append(first + 1).append(" @@\n");
        for (int i = from; i < first; i++) {
            out.append(' ').append(want.get(i)).append('\n');
        }
        for (int i = first; i < Math.min(wantEnd, first + SHOWN); i++) {
            out.append('-').append(want.get(i)).append('\n');
        }
        if (wantEnd > first + SHOWN) {
            out.append("-... ").append(wantEnd - first - SHOWN).append(" more expected line(s)\n");
        }
        for (int i = first; i < Math.min(gotEnd, first + SHOWN); i++) {
            out.append('+').append(got.get(i)).append('\n');
        }
        if (gotEnd > first + SHOWN) {
            out.append("+... ").append(gotEnd - first - SHOWN).append(" more actual line(s)\n");
        }
        for (int i = wantEnd; i < Math.min(want.size(), wantEnd + CONTEXT); i++) {
            out.append(' ').append(want.get(i)).append('\n');
        }
        if (want.size() == got.size() && first == want.size()) {
            out.append("(the texts differ only in line terminators or a final newline)\n");
        }
        return out.toString();
    }

    /** Lines split on \n, each keeping a visible marker for a \r it ended with. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) + "\\r" : line);
        }
        return lines;
    }
}
