package dev.hmrc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the start-up benchmark's module graph: {@code m0000.js} … one file per module,
 * a DAG in which module {@code i} imports its three tree children {@code 3i+1..3i+3} and,
 * for every other module, one more module further down ({@code (7i + 13) mod n} when that is
 * beyond its children), so that most modules are shared by two importers. Import styles
 * rotate (named, namespace, renamed), every module defines a function, a class and a
 * constant and runs a small loop at top level, and exports a {@code value} that folds in
 * its imports' values: the entry's {@code value} checks that every module ran, in order.
 * Also writes {@code main.js}, the entry, which prints {@code done <Date.now()> <value>},
 * and {@code empty.js}, which prints the same line without importing anything (the fixed
 * cost of starting the JVM and the engine).
 */
public final class ModuleGraphGenerator {
    private ModuleGraphGenerator() {
    }

    /** The file name of module {@code index}. */
    public static String moduleName(int index) {
        return String.format(Locale.ROOT, "m%04d.js", index);
    }

    /** The modules {@code index} imports in a graph of {@code count} modules, in import order. */
    public static List<Integer> imports(int index, int count) {
        List<Integer> result = new ArrayList<>();
        for (int child = 3 * index + 1; child <= 3 * index + 3 && child < count; child++) {
            result.add(child);
        }
        int extra = (7 * index + 13) % count;
        if (index % 2 == 0 && extra > 3 * index + 3) {
            result.add(extra);
        }
        return result;
    }

    /** The source of module {@code index}. */
    public static String moduleSource(int index, int count) {
        StringBuilder text = new StringBuilder();
        List<Integer> imports = imports(index, count);
        List<String> values = new ArrayList<>();
        for (int k = 0; k < imports.size(); k++) {
            int target = imports.get(k);
            String from = "'./" + moduleName(target) + "'";
            switch (k % 3) {
                case 0 -> {
                    text.append("import { value as v").append(k).append(", combine as c").append(k)
                            .append(" } from ").append(from).append(";\n");
                    values.add("c" + k + "(v" + k + ")");
                }
                case 1 -> {
                    text.append("import * as n").append(k).append(" from ").append(from).append(";\n");
                    values.add("new n" + k + ".Item(n" + k + ".value).doubled");
                }
                default -> {
                    text.append("import { value as w").append(k).append(", scale as s").append(k)
                            .append(" } from ").append(from).append(";\n");
                    values.add("w" + k + " * s" + k);
                }
            }
        }
        text.append("\nexport const scale = ").append(index % 7 + 1).append(";\n")
                .append("export function combine(x) {\n  return (x * 31 + scale) % 1000003;\n}\n")
                .append("export class Item {\n  constructor(v) {\n    this.v = v;\n  }\n  get doubled() {\n    return (this.v * 2) % 1000003;\n  }\n}\n")
                .append("let acc = ").append(index).append(";\n")
                .append("for (let k = 0; k < 40; k++) {\n  acc = (acc * 33 + k) % 1000003;\n}\n")
                .append("export const value = (acc");
        for (String value : values) {
            text.append(" + ").append(value);
        }
        text.append(") % 1000003;\n");
        return text.toString();
    }

    /** Whether module {@code index} imports nothing in a graph of {@code count} modules. */
    public static boolean isLeaf(int index, int count) {
        return imports(index, count).isEmpty();
    }

    /**
     * The source of module {@code index} for the update benchmark: as {@link #moduleSource},
     * and a leaf accepts its own updates ({@code import.meta.hot.accept()}, guarded so that
     * it also runs without HMR) and folds {@code version} into its {@code value}, so that each
     * version is different text with the same exports.
     */
    public static String updateModuleSource(int index, int count, int version) {
        String source = moduleSource(index, count);
        if (!isLeaf(index, count)) {
            return source;
        }
        return source.replace("let acc = " + index + ";\n", "let acc = " + index + " + " + version + ";\n")
                + "export const version = " + version + ";\n"
                + "if (import.meta.hot) {\n  import.meta.hot.accept();\n}\n";
    }

    /**
     * Writes the update benchmark's graph into {@code folder}: the graph of {@code count}
     * modules with self-accepting leaves ({@link #updateModuleSource}, version 0), a
     * {@code package.json} that makes {@code .js} files ES modules for Node, and
     * {@code main.js}, which imports the graph, prints {@code ready <value>} and then keeps
     * the process alive (a long interval) so that updates can be applied.
     */
    public static void writeUpdateGraph(Path folder, int count) throws IOException {
        write(folder, count);
        for (int i = 0; i < count; i++) {
            if (isLeaf(i, count)) {
                Files.writeString(folder.resolve(moduleName(i)), updateModuleSource(i, count, 0), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(folder.resolve("package.json"), "{ \"private\": true, \"type\": \"module\" }\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("main.js"),
                "import { value } from './" + moduleName(0) + "';\nconsole.log(`ready ${value}`);\n"
                        + "setInterval(() => {}, 1 << 30);\n",
                StandardCharsets.UTF_8);
    }

    /** Writes the graph of {@code count} modules, {@code main.js} and {@code empty.js} into {@code folder}. */
    public static void write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path file : old.toList()) {
                if (file.getFileName().toString().matches("m\\d+\\.js")) {
                    Files.delete(file);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(moduleName(i)), moduleSource(i, count), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("main.js"),
                "import { value } from './" + moduleName(0) + "';\nconsole.log(`done ${Date.now()} ${value}`);\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("empty.js"), "console.log(`done ${Date.now()} 0`);\n", StandardCharsets.UTF_8);
    }
}
