package dev.hmrc.golden.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random module graphs for the differential property: 2-8 modules {@code main.mjs},
 * {@code m1.mjs}, ... that import each other (acyclic graphs import only later modules,
 * cyclic ones any module, themselves included), some with top-level {@code await},
 * with named, namespace and star imports and re-exports, reading every imported binding
 * (and namespace) before and after their own {@code export let} runs, so that TDZ reads
 * inside cycles show up as {@code ReferenceError} in the transcript. Now and then a
 * module throws at its end.
 *
 * <p>A graph is built from a list of choices (small ints), read in order; an exhausted
 * list reads as zeros, so jqwik shrinks a failing graph towards fewer modules and edges.
 * Every export name has one origin ({@code e3}, {@code f3} are m3's, {@code r3_5} is m5's
 * renaming re-export of m3's {@code e3}), so star exports are never ambiguous, and no
 * name is integer-like (GraalJS orders those namespace keys apart from the spec). Module
 * bodies print only from their own top-level code, never from extra promise jobs, which
 * keeps them clear of GraalJS's known async-tick departures (cases 257, 261, 262).
 */
final class RandomGraphs {

    /** A generated graph: file name → source, {@code main.mjs} first. */
    record Graph(Map<String, String> files, boolean cyclic) {

        /** Writes the files into {@code folder}. */
        void writeTo(Path folder) {
            files.forEach((name, text) -> {
                try {
                    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Every file with a header line, for a failure message. */
        String listing() {
            StringBuilder out = new StringBuilder(cyclic ? "cyclic graph\n" : "acyclic graph\n");
            files.forEach((name, text) -> out.append("--- ").append(name).append('\n').append(text));
            return out.toString();
        }
    }

    private RandomGraphs() {
    }

    /** Reads choices in order; zero once the list is exhausted. */
    private static final class Choices {
        private final List<Integer> values;
        private int next;

        Choices(List<Integer> values) {
            this.values = values;
        }

        /** A choice in {@code [0, bound)}. */
        int below(int bound) {
            int value = next < values.size() ? values.get(next) : 0;
            next++;
            return Math.floorMod(value, bound);
        }

        /** True with the given probability for uniform choices; false for a zero (the shrink target). */
        boolean chance(int percent) {
            return below(100) >= 100 - percent;
        }
    }

    /** An import or re-export statement of one module: the module it names and its form. */
    private record Edge(int target, String kind) {
    }

    static Graph build(List<Integer> choiceList) {
        Choices choices = new Choices(choiceList);
        int size = 2 + choices.below(7);
        boolean cyclic = choices.chance(50);
        List<List<Edge>> edges = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            edges.add(new ArrayList<>());
        }
        // Every module but main is imported by an earlier one, so all are reachable.
        for (int k = 1; k < size; k++) {
            edges.get(choices.below(k)).add(new Edge(k, kind(choices)));
        }
        if (cyclic) {
            // At least one back edge, so that the graph really has a cycle.
            int from = choices.below(size);
            edges.get(from).add(new Edge(choices.below(from + 1), kind(choices)));
        }
        int extra = choices.below(size + 1);
        for (int e = 0; e < extra; e++) {
            int from = choices.below(size);
            int to = cyclic ? choices.below(size) : from + 1 + choices.below(Math.max(1, size - from - 1));
            if (to < size && to != 0 || cyclic) {
                edges.get(from).add(new Edge(to, kind(choices)));
            }
        }
        Set<String>[] exports = exportSets(size, edges);
        boolean[] async = new boolean[size];
        for (int i = 0; i < size; i++) {
            async[i] = choices.chance(35);
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            files.put(fileName(i), module(i, edges.get(i), exports, async[i], choices));
        }
        return new Graph(files, cyclic);
    }

    private static String kind(Choices choices) {
        return switch (choices.below(5)) {
            case 0, 1 -> "named";
            case 2 -> "namespace";
            case 3 -> "star";
            default -> "rename";
        };
    }

    static String fileName(int module) {
        return module == 0 ? "main.mjs" : "m" + module + ".mjs";
    }

    /** Each module's export names: its own, its renaming re-exports, and (to a fixpoint) what its stars bring. */
    @SuppressWarnings("unchecked")
    private static Set<String>[] exportSets(int size, List<List<Edge>> edges) {
        Set<String>[] exports = new Set[size];
        for (int i = 0; i < size; i++) {
            exports[i] = new TreeSet<>(List.of("e" + i, "f" + i));
            for (Edge edge : edges.get(i)) {
                if (edge.kind().equals("rename")) {
                    exports[i].add("r" + edge.target() + "_" + i);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < size; i++) {
                for (Edge edge : edges.get(i)) {
                    if (edge.kind().equals("star")) {
                        changed |= exports[i].addAll(exports[edge.target()]);
                    }
                }
            }
        }
        return exports;
    }

    private static String module(int i, List<Edge> edges, Set<String>[] exports, boolean async, Choices choices) {
        StringBuilder text = new StringBuilder();
        text.append("// random module ").append(i).append(async ? " (async)" : "").append('\n');
        List<String> reads = new ArrayList<>();
        Set<Integer> renamed = new LinkedHashSet<>();
        int edgeNumber = 0;
        for (Edge edge : edges) {
            String from = "'./" + fileName(edge.target()) + "'";
            edgeNumber++;
            switch (edge.kind()) {
                case "named" -> {
                    List<String> names = new ArrayList<>(exports[edge.target()]);
                    String name = names.get(choices.below(names.size()));
                    String local = name + "_in" + i + "_" + edgeNumber;
                    text.append("import { ").append(name).append(" as ").append(local).append(" } from ").append(from).append(";\n");
                    reads.add(name.startsWith("f") ? local + "()" : local);
                }
                case "namespace" -> {
                    String local = "ns" + edge.target() + "_in" + i + "_" + edgeNumber;
                    text.append("import * as ").append(local).append(" from ").append(from).append(";\n");
                    reads.add("Object.keys(" + local + ").join('+')");
                    reads.add(local + ".e" + edge.target());
                }
                case "star" -> text.append("export * from ").append(from).append(";\n");
                default -> {
                    if (!renamed.add(edge.target())) {
                        continue; // one renaming re-export per target: a second would export the name twice
                    }
                    text.append("export { e").append(edge.target()).append(" as r").append(edge.target())
                        .append('_').append(i).append(" } from ").append(from).append(";\n");
                }
            }
        }
        text.append("const read = (f) => { try { return String(f()); } catch (e) { return e.constructor.name; } };\n");
        text.append("console.log('m").append(i).append(" start');\n");
        if (async) {
            text.append(choices.chance(50) ? "await null;\n" : "await Promise.resolve();\n");
        }
        int ownExportAt = choices.below(reads.size() + 1);
        for (int r = 0; r <= reads.size(); r++) {
            if (r == ownExportAt) {
                text.append("export let e").append(i).append(" = 'v").append(i).append("';\n");
            }
            if (r < reads.size()) {
                text.append("console.log('m").append(i).append(" reads ").append(reads.get(r).replace("'", ""))
                        .append(":', read(() => ").append(reads.get(r)).append("));\n");
                if (async && choices.chance(25)) {
                    text.append("await 0;\n");
                }
            }
        }
        if (choices.chance(8)) {
            text.append("throw new Error('m").append(i).append(" fails');\n");
        }
        text.append("console.log('m").append(i).append(" end');\n");
        text.append("export function f").append(i).append("() { return 'f").append(i).append("'; }\n");
        return text.toString();
    }
}
