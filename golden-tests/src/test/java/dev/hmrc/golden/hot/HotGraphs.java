package dev.hmrc.golden.hot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random programs for the hot-update property ({@link HotUpdatePropertiesTest}): a module
 * graph, where {@code import.meta.hot.accept} sits in it, and a sequence of edits.
 *
 * <p>The graph has 2-5 modules, {@code main.mjs}, {@code m1.mjs}, ...: every module but
 * main is imported by an earlier one; cyclic graphs have at least one back edge. An edge
 * is a named import of a function or of a {@code let}, an {@code import * as ns}, an
 * {@code export *} or a renaming re-export. A module exports {@code eK()} (a function:
 * hoisted, so readable through cycles before the module ran), {@code lK} (a {@code let}),
 * {@code probeK()}, and in some versions {@code xK()}; every name has one origin, so star
 * exports are never ambiguous. A module may accept itself and may accept any module it
 * imports. Each module records, when it runs, what it reads through its imports
 * ({@code globalThis.__seen}), counts its runs ({@code globalThis.__runs}), and its
 * {@code probeK()} reads its imports again at the time of the call. Reads that could hit
 * a binding in its TDZ (a {@code let} of a cyclic graph) are made only by the probe.
 *
 * <p>An edit gives one module a new version (new values; sometimes {@code xK} added or
 * removed) or a broken one (a syntax error, a body that throws after recording, an import
 * of a name that does not exist), always followed by an edit that fixes it.
 *
 * <p>Some modules own an interval, as a server or a poller would: it counts its ticks
 * ({@code globalThis.__ticks}), and the module counts its live intervals
 * ({@code globalThis.__timers}); its {@code import.meta.hot.dispose} clears it. So a
 * failed update must leave each of them exactly one interval that keeps ticking.
 *
 * <p>A program is built from a list of choices read in order, zeros once exhausted
 * ({@link RandomChoices}), so that jqwik shrinks towards fewer modules, edges, accepts
 * and edits.
 */
final class HotGraphs {

    private HotGraphs() {
    }

    /** How an edit leaves a module: a good version, or broken in one way. */
    enum Fault { NONE, SYNTAX, THROWS, LINK }

    /** An import or re-export: the module it names and its form. */
    record Edge(int target, String kind) {
    }

    /** One edit: module {@code module} gets a version; {@code toggleExtra} adds or removes {@code xK}. */
    record Edit(int module, boolean toggleExtra, Fault fault) {
        @Override
        public String toString() {
            return "m" + module + (fault != Fault.NONE ? " " + fault : toggleExtra ? " toggles x" : " new values");
        }
    }

    /** A random program: graph, accepts and edits. */
    record Program(boolean cyclic, List<List<Edge>> edges, boolean[] selfAccepts, List<Set<Integer>> acceptsDeps,
                   List<Edit> edits, boolean[] ownsInterval) {

        int size() {
            return edges.size();
        }

        /** The modules with an import or re-export of {@code module}. */
        Set<Integer> importers(int module) {
            Set<Integer> importers = new TreeSet<>();
            for (int i = 0; i < size(); i++) {
                for (Edge edge : edges.get(i)) {
                    if (edge.target() == module) {
                        importers.add(i);
                    }
                }
            }
            return importers;
        }

        /**
         * The modules a change of {@code module} runs again, when some module accepts it:
         * from the module up its importers, stopping at self-accepting modules (which run
         * again) and at importers that accept the module they import (which do not). Null
         * when the walk reaches a module nobody imports, with no accept on the way.
         */
        Set<Integer> rerunOnChange(int module) {
            Set<Integer> rerun = new TreeSet<>();
            return walk(module, new LinkedHashSet<>(), rerun) ? rerun : null;
        }

        private boolean walk(int module, Set<Integer> visited, Set<Integer> rerun) {
            rerun.add(module);
            if (selfAccepts[module] || !visited.add(module)) {
                return true;
            }
            Set<Integer> importers = importers(module);
            if (importers.isEmpty()) {
                return false;
            }
            for (int importer : importers) {
                if (!acceptsDeps.get(importer).contains(module) && !walk(importer, visited, rerun)) {
                    return false;
                }
            }
            return true;
        }

        /** The graph, accepts and edits, for a failure message. */
        String describe() {
            StringBuilder out = new StringBuilder(cyclic ? "cyclic graph" : "acyclic graph");
            for (int i = 0; i < size(); i++) {
                out.append("\n  ").append(fileName(i)).append(':');
                for (Edge edge : edges.get(i)) {
                    out.append(' ').append(edge.kind()).append("→m").append(edge.target());
                }
                if (selfAccepts[i]) {
                    out.append(" [accepts itself]");
                }
                for (int dep : acceptsDeps.get(i)) {
                    out.append(" [accepts m").append(dep).append(']');
                }
                if (ownsInterval[i]) {
                    out.append(" [owns an interval]");
                }
            }
            out.append("\n  edits: ").append(edits);
            return out.toString();
        }
    }

    static String fileName(int module) {
        return module == 0 ? "main.mjs" : "m" + module + ".mjs";
    }

    static Program build(List<Integer> choiceList) {
        RandomChoices choices = new RandomChoices(choiceList);
        int size = 2 + choices.below(4);
        boolean cyclic = choices.chance(40);
        List<List<Edge>> edges = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            edges.add(new ArrayList<>());
        }
        for (int k = 1; k < size; k++) {
            edges.get(choices.below(k)).add(new Edge(k, kind(choices)));
        }
        if (cyclic) {
            int from = choices.below(size);
            edges.get(from).add(new Edge(choices.below(from + 1), kind(choices)));
        }
        int extra = choices.below(size);
        for (int e = 0; e < extra; e++) {
            int from = choices.below(size);
            int to = cyclic ? choices.below(size) : from + 1 + choices.below(Math.max(1, size - from - 1));
            if (to < size) {
                edges.get(from).add(new Edge(to, kind(choices)));
            }
        }
        boolean[] selfAccepts = new boolean[size];
        List<Set<Integer>> acceptsDeps = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            selfAccepts[i] = choices.chance(35);
            Set<Integer> accepted = new TreeSet<>();
            for (Edge edge : edges.get(i)) {
                if (edge.target() != i && choices.chance(25)) {
                    accepted.add(edge.target());
                }
            }
            acceptsDeps.add(accepted);
        }
        List<Edit> edits = new ArrayList<>();
        int count = 1 + choices.below(5);
        for (int n = 0; n < count; n++) {
            int module = choices.below(size);
            int kind = choices.below(10);
            if (kind < 8) {
                edits.add(new Edit(module, kind >= 6, Fault.NONE));
            } else {
                Fault fault = switch (choices.below(3)) {
                    case 0 -> Fault.THROWS;
                    case 1 -> Fault.SYNTAX;
                    default -> Fault.LINK;
                };
                edits.add(new Edit(module, false, fault));
                edits.add(new Edit(module, false, Fault.NONE)); // the fix
            }
        }
        boolean[] ownsInterval = new boolean[size]; // chosen last: the choices above shape the same programs as before
        for (int i = 0; i < size; i++) {
            ownsInterval[i] = choices.chance(50);
        }
        return new Program(cyclic, edges, selfAccepts, acceptsDeps, edits, ownsInterval);
    }

    private static String kind(RandomChoices choices) {
        return switch (choices.below(6)) {
            case 0 -> "named";
            case 1 -> "let";
            case 2, 3 -> "namespace";
            case 4 -> "star";
            default -> "rename";
        };
    }

    /** Each module's export names that importers may name (not {@code probeK}, not the optional {@code xK}). */
    @SuppressWarnings("unchecked")
    private static Set<String>[] stableExports(Program program) {
        int size = program.size();
        Set<String>[] exports = new Set[size];
        for (int i = 0; i < size; i++) {
            exports[i] = new TreeSet<>(List.of("e" + i, "l" + i));
            for (Edge edge : program.edges().get(i)) {
                if (edge.kind().equals("rename")) {
                    exports[i].add("r" + edge.target() + "_" + i);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < size; i++) {
                for (Edge edge : program.edges().get(i)) {
                    if (edge.kind().equals("star")) {
                        changed |= exports[i].addAll(exports[edge.target()]);
                    }
                }
            }
        }
        return exports;
    }

    /**
     * The text of module {@code module} at {@code version} ({@code extra}: whether it
     * exports {@code xK}), broken as {@code fault} says. Which export a named import picks
     * is fixed per edge, so every version of a module imports the same names.
     */
    static String source(Program program, int module, int version, boolean extra, Fault fault) {
        Set<String>[] exports = stableExports(program);
        StringBuilder text = new StringBuilder();
        text.append("// m").append(module).append(" version ").append(version).append('\n');
        List<String> reads = new ArrayList<>();
        Set<Integer> renamed = new LinkedHashSet<>();
        int number = 0;
        for (Edge edge : program.edges().get(module)) {
            number++;
            int target = edge.target();
            String from = " from './" + fileName(target) + "';\n";
            String key = "i" + number;
            switch (edge.kind()) {
                case "named", "let" -> {
                    List<String> names = new ArrayList<>();
                    for (String name : exports[target]) {
                        if (name.startsWith("l") == edge.kind().equals("let")) {
                            names.add(name);
                        }
                    }
                    // Stable per edge: the number picks the name, not a choice.
                    String name = names.get((module * 7 + number * 3) % names.size());
                    String local = name + "_in" + module + "_" + number;
                    text.append("import { ").append(name).append(" as ").append(local).append(" }").append(from);
                    if (name.startsWith("l")) {
                        reads.add((program.cyclic() ? "if (late) " : "") + "r." + key + " = " + local + ";");
                    } else {
                        reads.add("r." + key + " = " + local + "();");
                    }
                }
                case "namespace" -> {
                    String local = "ns" + target + "_in" + module + "_" + number;
                    text.append("import * as ").append(local).append(from);
                    // Reflect.ownKeys, not Object.keys: listing keys must not read a binding in its TDZ.
                    reads.add("r." + key + " = Reflect.ownKeys(" + local + ").map(String).join(',') + '|' + " + local + ".e" + target
                            + "() + '|' + (typeof " + local + ".x" + target + " === 'function' ? " + local + ".x" + target
                            + "() : '-')" + (program.cyclic() ? " + (late ? '|' + " + local + ".l" + target + " : '')"
                            : " + '|' + " + local + ".l" + target) + ";");
                }
                case "star" -> text.append("export *").append(from);
                default -> {
                    if (renamed.add(target)) {
                        text.append("export { e").append(target).append(" as r").append(target).append('_')
                                .append(module).append(" }").append(from);
                    }
                }
            }
        }
        if (fault == Fault.LINK) {
            if (program.edges().get(module).isEmpty()) {
                fault = Fault.SYNTAX; // nothing to import from: broken another way
            } else {
                text.append("import { missing").append(module).append(" } from './")
                        .append(fileName(program.edges().get(module).get(0).target())).append("';\n");
            }
        }
        String name = "m" + module;
        text.append("export function e").append(module).append("() { return 'e").append(module).append('@')
                .append(version).append("'; }\n");
        text.append("export let l").append(module).append(" = 'l").append(module).append('@').append(version).append("';\n");
        if (extra) {
            text.append("export function x").append(module).append("() { return 'x").append(module).append('@')
                    .append(version).append("'; }\n");
        }
        text.append("function readImports(late) {\n  const r = {};\n");
        for (String read : reads) {
            text.append("  ").append(read).append('\n');
        }
        text.append("  return r;\n}\n");
        text.append("export function probe").append(module).append("() { return JSON.stringify(readImports(true)); }\n");
        text.append("(globalThis.__seen ??= {}).").append(name).append(" = JSON.stringify({ v: ").append(version)
                .append(", reads: readImports(false) });\n");
        text.append("(globalThis.__runs ??= {}).").append(name).append(" = (globalThis.__runs.").append(name)
                .append(" ?? 0) + 1;\n");
        if (program.selfAccepts()[module]) {
            text.append("if (import.meta.hot) import.meta.hot.accept();\n");
        }
        for (int dep : program.acceptsDeps().get(module)) {
            text.append("if (import.meta.hot) import.meta.hot.accept('./").append(fileName(dep)).append("', () => {});\n");
        }
        if (program.ownsInterval()[module]) {
            text.append("globalThis.__timers ??= {}; globalThis.__ticks ??= {};\n");
            text.append("globalThis.__timers.").append(name).append(" = (globalThis.__timers.").append(name)
                    .append(" ?? 0) + 1;\n");
            text.append("const timer").append(module).append(" = setInterval(() => { globalThis.__ticks.").append(name)
                    .append(" = (globalThis.__ticks.").append(name).append(" ?? 0) + 1; }, 2);\n");
            text.append("if (import.meta.hot) import.meta.hot.dispose(() => { clearInterval(timer").append(module)
                    .append("); globalThis.__timers.").append(name).append("--; });\n");
        }
        if (fault == Fault.THROWS) {
            text.append("throw new Error('").append(name).append(" version ").append(version).append(" fails');\n");
        }
        if (fault == Fault.SYNTAX) {
            text.append("export const = ").append(version).append(";\n");
        }
        return text.toString();
    }

    /** The helper module the test imports to read what the modules recorded. */
    static final String STATE_MODULE = """
            export function seen(name) { return (globalThis.__seen ?? {})[name] ?? null; }
            export function runs(name) { return (globalThis.__runs ?? {})[name] ?? 0; }
            export function timers(name) { return (globalThis.__timers ?? {})[name] ?? 0; }
            export function ticks(name) { return (globalThis.__ticks ?? {})[name] ?? 0; }
            """;

    /** Reads choices in order; zero once the list is exhausted. */
    static final class RandomChoices {
        private final List<Integer> values;
        private int next;

        RandomChoices(List<Integer> values) {
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
}
