package dev.hmrc.golden;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a valid ES module from a list of choices (numbers that jqwik
 * generates and shrinks): imports of every form, then a body that reads,
 * shadows, assigns and exports those names in many syntactic places
 * (parameters, blocks, arrows, classes, catch, loop heads, labels, shorthand
 * properties, member names, typeof, templates, comments). Every top-level name
 * is unique, so the result always parses; imports and exports are always on
 * lines of their own, which the line-preservation property relies on.
 */
final class RandomModules {

    /**
     * A generated module.
     *
     * @param text          the module source
     * @param importedNames    local names bound by its imports
     * @param declarationLines 0-based numbers of the lines that hold import or export syntax
     */
    record GeneratedModule(String text, List<String> importedNames, Set<Integer> declarationLines) {
        @Override
        public String toString() {
            return "\n" + text;
        }
    }

    private static final List<String> NAME_POOL = List.of("a", "b", "x", "fn", "K", "ns", "value", "ñ", "get", "of");

    private final List<Integer> choices;
    private int next;
    private int serial;
    private final List<String> imported = new ArrayList<>();
    private final Set<String> exportNames = new LinkedHashSet<>();
    private boolean hasDefault;
    private final StringBuilder out = new StringBuilder();
    private final Set<Integer> declarationLines = new TreeSet<>();
    private int lineCount;
    private final String newline;

    private RandomModules(List<Integer> choices) {
        this.choices = choices;
        this.newline = choices.isEmpty() || choices.get(0) % 7 != 0 ? "\n" : "\r\n";
        this.next = 1;
    }

    /** The module the choices describe; any list of non-negative numbers gives a valid module. */
    static GeneratedModule build(List<Integer> choices) {
        RandomModules builder = new RandomModules(choices);
        builder.writeImports();
        builder.writeBody();
        return new GeneratedModule(builder.out.toString(), List.copyOf(builder.imported),
                Set.copyOf(builder.declarationLines));
    }

    private int choose(int bound) {
        int value = next < choices.size() ? choices.get(next) : 0;
        next++;
        return Math.floorMod(value, bound);
    }

    private boolean hasMoreChoices() {
        return next < choices.size();
    }

    /** Writes lines of body code; a line starting with {@code export} counts as a declaration line. */
    private void line(String text) {
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("export ") || line.startsWith("import ")) {
                declarationLines.add(lineCount);
            }
            out.append(line).append(newline);
            lineCount++;
        }
    }

    /** Writes an import declaration, every line of which is blanked by the transform. */
    private void importLines(String text) {
        for (String line : text.split("\n", -1)) {
            declarationLines.add(lineCount);
            out.append(line).append(newline);
            lineCount++;
        }
    }

    private void writeImports() {
        List<String> free = new ArrayList<>(NAME_POOL);
        int count = choose(5) + 1;
        for (int i = 0; i < count && free.size() >= 2; i++) {
            String module = "\"./m" + choose(3) + ".js\"";
            String first = free.remove(choose(free.size()));
            String second = free.get(choose(free.size()));
            switch (choose(9)) {
                case 0 -> bind("import " + first + " from " + module + ";", first);
                case 1 -> bind("import { " + first + " } from " + module + ";", first);
                case 2 -> bind("import { orig" + i + " as " + first + " } from " + module + ";", first);
                case 3 -> bind("import * as " + first + " from " + module + ";", first);
                case 4 -> importLines("import " + module + ";");
                case 5 -> {
                    free.remove(second);
                    bind("import " + first + ", { " + second + " } from " + module + ";", first, second);
                }
                case 6 -> bind("import {\n  \"str-" + i + "\" as " + first + ",\n} from " + module + ";", first);
                case 7 -> bind("import " + first + " from \"./d" + i + ".json\" with { type: \"json\" };", first);
                default -> {
                    free.remove(second);
                    bind("import " + first + ", * as " + second + " from " + module, first, second);
                }
            }
            if (choose(4) == 0) {
                line("");
            }
        }
    }

    private void bind(String importLine, String... names) {
        importLines(importLine);
        imported.addAll(List.of(names));
    }

    /** An imported name most of the time, sometimes a global one. */
    private String someName() {
        if (imported.isEmpty() || choose(6) == 0) {
            return choose(2) == 0 ? "globalThis" : "undeclared";
        }
        return imported.get(choose(imported.size()));
    }

    private void writeBody() {
        int statements = 0;
        while (hasMoreChoices() && statements < 40) {
            statements++;
            int k = serial++;
            String n = someName();
            switch (choose(31)) {
                case 0 -> line("console.log(" + n + ");");
                case 1 -> line("const v" + k + " = " + n + " + 1;");
                case 2 -> line("function f" + k + "(" + n + ") { return " + n + " * 2; }");
                case 3 -> line("function f" + k + "() {\n  let " + n + " = 1;\n  return " + n + ";\n}");
                case 4 -> line("{\n  const " + n + " = 2;\n  console.log(" + n + ");\n}");
                case 5 -> line("const a" + k + " = (" + n + ") => " + n + ";");
                case 6 -> line("const a" + k + " = () => " + n + ";");
                case 7 -> line("class C" + k + " {\n  m(" + n + ") { return " + n + "; }\n  static s = " + n + ";\n}");
                case 8 -> line("class C" + k + " { #" + n + " = 1; get " + n + "() { return this.#" + n + "; } }");
                case 9 -> line("const o" + k + " = { " + n + ", k: " + n + " };");
                case 10 -> line("const o" + k + " = { " + n + ": 1 }; o" + k + "." + n + ";");
                case 11 -> line("l" + k + ": for (const " + n + " of [1]) { if (" + n + ") break l" + k
                        + "; continue l" + k + "; }");
                case 12 -> line("console.log(typeof " + n + ");");
                case 13 -> line("const t" + k + " = `" + n + " is ${" + n + "} and ${`${" + n + "}`}`;");
                case 14 -> line("/* " + n + " import " + n + " from \"x\" */ console.log(\"" + n + "\");");
                case 15 -> line("// export { " + n + " };");
                case 16 -> line("if (globalThis?." + n + ") globalThis?.[" + quote(n) + "];");
                case 17 -> line("try { " + n + "; } catch (" + n + ") { " + n + "; }");
                case 18 -> line("for (let " + n + " = 0; " + n + " < 1; " + n + "++) {}");
                case 19 -> line("function f" + k + "(p) {\n  var " + n + " = p;\n  return () => " + n + ";\n}");
                case 20 -> line("try { " + n + " = 1; } catch {}");
                case 21 -> line("try { " + n + "++; [" + n + "] = [1]; ({ " + n + " } = {}); } catch {}");
                case 22 -> line("delete globalThis." + n + "; void " + n + ";");
                case 23 -> line("const f" + k + " = function " + n + "() { return " + n + "; };");
                case 24 -> line("const { " + n + ": d" + k + " = " + n + " } = {};");
                case 25 -> line("");
                case 26 -> writeExport(k, n);
                case 27 -> writeExport(k, n);
                case 28 -> line("const s" + k + " = " + n + "?.p?.(" + n + ") ?? " + n + "[0];");
                case 29 -> line("try { console.log(" + n + ".p, " + n + "[\"s p\"], " + n + ".q); " + n + ".p(" + n
                        + ".q); " + n + "[\"s p\"](); new " + n + ".P(); } catch {}");
                default -> line("function f" + k + "({ " + n + " }, q = " + n + ") { return [" + n + ", q]; }");
            }
        }
    }

    private void writeExport(int k, String n) {
        switch (choose(8)) {
            case 0 -> exportLine("e" + k, "export const e" + k + " = " + n + ";");
            case 1 -> exportLine("g" + k, "export function g" + k + "() {\n  return " + n + ";\n}");
            case 2 -> exportLine("e" + k, "export let e" + k + " = 1, " + "e" + k + "b = " + n + ";", "e" + k + "b");
            case 3 -> {
                if (!hasDefault) {
                    hasDefault = true;
                    exportLine("default", "export default " + n + ";");
                }
            }
            case 4 -> line("export * from \"./star" + k + ".js\";");
            case 5 -> exportLine("r" + k, "export { r" + k + " } from \"./r.js\";");
            case 6 -> {
                if (imported.contains(n) && !exportNames.contains(n)) {
                    exportLine(n, "export { " + n + " };");
                }
            }
            default -> exportLine("str " + k, "const h" + k + " = " + n + ";\nexport { h" + k + " as \"str " + k + "\" };");
        }
    }

    private void exportLine(String name, String text, String... more) {
        exportNames.add(name);
        exportNames.addAll(List.of(more));
        line(text);
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
