package dev.hmrc.golden;

import dev.hmrc.transformer.ModuleRecord;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes, on one output line, the rewrites that docs/module-format.md lists
 * for expressions: {@code Pik()} back to the import's local name (a namespace
 * member slot back to {@code ns.x}, or {@code ns["x"]} when {@code x} is no
 * identifier; {@code Pcall.call(Pim(),Pik(),} back to {@code ns.x(}), the parentheses of
 * {@code new (Pik())}, {@code Pro.x}
 * back to {@code x}, an expanded shorthand {@code x: x} back to {@code x},
 * {@code Pmeta} and {@code Pimport(}. What remains must equal the input line.
 *
 * @param prefix the file's helper prefix (e.g. {@code $$h})
 * @param locals what each holder slot reads, by holder index: an import's local name, then
 *               {@code ns.x} (or {@code ns["x"]}) for each namespace member
 */
record ReadsRestored(String prefix, List<String> locals) implements UnaryOperator<String> {

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private static final Pattern PREFIX = Pattern.compile("^\\(\\{(?:async\\s*)?\\*\\s*execute\\((.*?)meta,");

    /** Reads the helper prefix from the wrapper that starts {@code code}. */
    static ReadsRestored forOutput(String code, ModuleRecord record) {
        Matcher m = PREFIX.matcher(code);
        if (!m.find()) {
            throw new AssertionError("output does not start with the documented wrapper: "
                    + code.substring(0, Math.min(80, code.length())));
        }
        List<String> slots = new java.util.ArrayList<>(
                record.imports().stream().map(ModuleRecord.ImportBinding::localName).toList());
        for (ModuleRecord.NamespaceMember member : record.namespaceMembers()) {
            String ns = record.imports().get(member.importIndex()).localName();
            slots.add(IDENTIFIER.matcher(member.name()).matches() ? ns + "." + member.name()
                    : ns + "[\"" + member.name() + "\"]");
        }
        return new ReadsRestored(m.group(1), slots);
    }

    @Override
    public String apply(String line) {
        String p = Pattern.quote(prefix);
        // Pcall.call(Pim(),Pik(),a) is ns.x(a); Pcall.call(Pim(),Pik()) is ns.x().
        line = line.replaceAll(p + "call\\.call\\((" + p + "i\\d+\\(\\)),(" + p + "i\\d+\\(\\)),?", "$1(");
        // new (Pik())... is new x...
        line = line.replaceAll("new \\((" + p + "i\\d+\\(\\))\\)", "new $1");
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
