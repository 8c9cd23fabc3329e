package dev.hmrc.golden;

import dev.hmrc.transformer.ModuleRecord;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes, on one output line, the rewrites that docs/module-format.md lists
 * for expressions: {@code Pik()} back to the import's local name, {@code Pro.x}
 * back to {@code x}, an expanded shorthand {@code x: x} back to {@code x},
 * {@code Pmeta} and {@code Pimport(}. What remains must equal the input line.
 *
 * @param prefix the file's helper prefix (e.g. {@code $$h})
 * @param locals local name of each import binding, by holder index
 */
record ReadsRestored(String prefix, List<String> locals) implements UnaryOperator<String> {

    private static final Pattern PREFIX = Pattern.compile("^\\(\\{(?:async\\s*)?\\*\\s*execute\\((.*?)meta,");

    /** Reads the helper prefix from the wrapper that starts {@code code}. */
    static ReadsRestored forOutput(String code, ModuleRecord record) {
        Matcher m = PREFIX.matcher(code);
        if (!m.find()) {
            throw new AssertionError("output does not start with the documented wrapper: "
                    + code.substring(0, Math.min(80, code.length())));
        }
        return new ReadsRestored(m.group(1), record.imports().stream().map(ModuleRecord.ImportBinding::localName).toList());
    }

    @Override
    public String apply(String line) {
        String p = Pattern.quote(prefix);
        Matcher reads = Pattern.compile(p + "i(\\d+)\\(\\)").matcher(line);
        StringBuilder out = new StringBuilder();
        while (reads.find()) {
            reads.appendReplacement(out, Matcher.quoteReplacement(locals.get(Integer.parseInt(reads.group(1)))));
        }
        reads.appendTail(out);
        String restored = out.toString()
                .replaceAll(p + "ro\\.", "")
                .replaceAll(p + "meta", "import.meta")
                .replaceAll(p + "import\\(", "import(");
        for (String local : locals) {
            String q = Pattern.quote(local);
            restored = restored.replaceAll("(?<![\\p{L}\\p{N}_$.])" + q + "\\s*:\\s*" + q + "(?![\\p{L}\\p{N}_$])",
                    Matcher.quoteReplacement(local));
        }
        return restored;
    }
}
