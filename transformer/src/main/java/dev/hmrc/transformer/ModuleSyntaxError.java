package dev.hmrc.transformer;

/**
 * A module the parser rejects (or a JSON module that is not valid JSON), with the
 * position of the offending token and a code frame. The message reads
 * {@code SyntaxError: <reason> (<sourceName>:<line>:<column>)}, a newline, then the frame.
 */
public final class ModuleSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    /** The module's name as given to the transformer. */
    private final String sourceName;
    /** 1-based line. */
    private final int line;
    /** 1-based column (UTF-16 units). */
    private final int column;
    /** The parser's message without position. */
    private final String reason;
    /** The numbered lines around the error, with a caret. */
    private final String codeFrame;

    /**
     * A syntax error at {@code offset} in {@code source}.
     *
     * @param sourceName the module's name as given to the transformer
     * @param reason     what is wrong, without position
     * @param source     the module text (for the code frame)
     * @param offset     char offset of the error in {@code source}
     */
    public ModuleSyntaxError(String sourceName, String reason, String source, int offset) {
        this(sourceName, reason, source, offset, lineOf(source, offset), columnOf(source, offset));
    }

    private ModuleSyntaxError(String sourceName, String reason, String source, int offset, int line, int column) {
        super("SyntaxError: " + reason + " (" + sourceName + ":" + line + ":" + column + ")\n"
                + frame(source, line, column), null, false, false);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.codeFrame = frame(source, line, column);
    }

    /**
     * The same error over another text with the same lines and columns (the TypeScript a
     * JavaScript text was stripped from): the code frame shows that text.
     *
     * @param original the text to show
     * @return the error with {@code original}'s code frame
     */
    public ModuleSyntaxError withSource(String original) {
        return new ModuleSyntaxError(sourceName, reason, original, offsetOf(original, line, column), line, column);
    }

    private static int offsetOf(String source, int line, int column) {
        int offset = 0;
        for (int n = 1; n < line && offset < source.length(); offset++) {
            char c = source.charAt(offset);
            if (c == '\n' || c == '\r' && (offset + 1 >= source.length() || source.charAt(offset + 1) != '\n')) {
                n++;
            }
        }
        return Math.min(source.length(), offset + column - 1);
    }

    /** {@return the module's name as given to the transformer} */
    public String sourceName() {
        return sourceName;
    }

    /**
     * 1-based line of the error.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * 1-based column (UTF-16 units) of the error.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /** {@return the parser's message without position} */
    public String reason() {
        return reason;
    }

    /** {@return the line before, the offending line and the line after, numbered, with a caret under the column} */
    public String codeFrame() {
        return codeFrame;
    }

    private static int clamp(String source, int offset) {
        return Math.max(0, Math.min(offset, source.length()));
    }

    static int lineOf(String source, int offset) {
        int end = clamp(source, offset);
        int line = 1;
        for (int i = 0; i < end; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    static int columnOf(String source, int offset) {
        int end = clamp(source, offset);
        int start = end;
        while (start > 0 && source.charAt(start - 1) != '\n' && source.charAt(start - 1) != '\r') {
            start--;
        }
        return end - start + 1;
    }

    private static String frame(String source, int line, int column) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        int first = Math.max(1, line - 1);
        int last = Math.min(lines.length, line + 1);
        int width = String.valueOf(last).length();
        StringBuilder out = new StringBuilder();
        for (int n = first; n <= last; n++) {
            String text = n - 1 < lines.length ? lines[n - 1] : "";
            String number = String.valueOf(n);
            out.append(n == line ? "> " : "  ").append(" ".repeat(width - number.length())).append(number)
                    .append(" | ").append(text).append('\n');
            if (n == line) {
                out.append("  ").append(" ".repeat(width)).append(" | ");
                for (int i = 0; i < column - 1 && i < text.length(); i++) {
                    out.append(text.charAt(i) == '\t' ? '\t' : ' ');
                }
                out.append("^\n");
            }
        }
        if (out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
