package dev.hmrc.benchmarks;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the benchmark thread spends its time, from a JFR recording's {@code jdk.ExecutionSample}
 * events: samples of the {@code main} thread by top frame (self time), and, among the samples taken
 * inside {@code ModuleTransformer.transform}: self time by method, self time charged to the nearest
 * hmrc or GraalJS-parser method (so that a {@code StringBuilder.append} is billed to its caller),
 * and inclusive time of hmrc's own methods. Printed by
 * {@code scripts/bench-transform.sh --profile}.
 */
public final class HotMethods {

    private static final String TRANSFORM = "dev.hmrc.transformer.ModuleTransformer.transform";
    private static final String PARSE_ONLY = "dev.hmrc.transformer.ModuleTransformer.parseOnly";

    private HotMethods() {
    }

    /**
     * Prints the tables.
     *
     * @param args the .jfr file, then optionally how many rows per table (default 25)
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HotMethods RECORDING.jfr [ROWS]");
            System.exit(2);
        }
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> selfAll = new HashMap<>();
        Map<String, Integer> selfTransform = new HashMap<>();
        Map<String, Integer> inclusiveTransform = new HashMap<>();
        Map<String, Integer> nearestOwnTransform = new HashMap<>();
        Map<String, Integer> inclusiveClassTransform = new HashMap<>();
        Map<String, Integer> phases = new HashMap<>();
        int total = 0;
        int inTransform = 0;
        int inParseOnly = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedThread thread = event.getThread("sampledThread");
            RecordedStackTrace stack = event.getStackTrace();
            if (thread == null || !"main".equals(thread.getJavaName()) || stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<String> methods = stack.getFrames().stream().map(HotMethods::name).toList();
            total++;
            selfAll.merge(methods.get(0), 1, Integer::sum);
            if (methods.contains(PARSE_ONLY)) {
                inParseOnly++;
            }
            if (methods.contains(TRANSFORM)) {
                inTransform++;
                selfTransform.merge(methods.get(0), 1, Integer::sum);
                int entry = methods.lastIndexOf(TRANSFORM);
                phases.merge(entry == 0 ? TRANSFORM + " (self)" : methods.get(entry - 1), 1, Integer::sum);
                nearestOwnTransform.merge(methods.stream().filter(HotMethods::isOwnOrParser).findFirst()
                        .orElse("<other>"), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (String method : methods) {
                    if (seen.add(method)) {
                        inclusiveTransform.merge(method, 1, Integer::sum);
                    }
                    String type = method.substring(0, method.lastIndexOf('.'));
                    if ((type.startsWith("dev.hmrc.transformer.") || type.startsWith("dev.hmrc.sourcemaps."))
                            && seen.add("class " + type)) {
                        inclusiveClassTransform.merge(type, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "main-thread samples: %d; inside transform: %d, inside parseOnly: %d%n",
                total, inTransform, inParseOnly);
        print("self time, all main-thread samples", selfAll, total, rows);
        print("phases: inclusive time by the method ModuleTransformer.transform called", phases, inTransform, rows);
        print("self time, samples inside ModuleTransformer.transform", selfTransform, inTransform, rows);
        print("self time charged to the nearest hmrc or parser method (JDK callees folded in), inside transform",
                nearestOwnTransform, inTransform, rows);
        Map<String, Integer> inclusiveOwn = new HashMap<>();
        inclusiveTransform.forEach((method, count) -> {
            if (method.startsWith("dev.hmrc.transformer.") || method.startsWith("dev.hmrc.sourcemaps.")) {
                inclusiveOwn.put(method, count);
            }
        });
        print("inclusive time of hmrc methods, samples inside ModuleTransformer.transform", inclusiveOwn, inTransform, rows);
        print("inclusive time of hmrc classes, samples inside ModuleTransformer.transform", inclusiveClassTransform,
                inTransform, rows);
    }

    private static boolean isOwnOrParser(String method) {
        return method.startsWith("dev.hmrc.transformer.") || method.startsWith("dev.hmrc.sourcemaps.")
                || method.startsWith("com.oracle.js.parser.");
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null ? "<unknown>" : method.getType().getName() + "." + method.getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int rows) {
        System.out.println();
        System.out.println(title + ":");
        if (total == 0) {
            System.out.println("  (no samples)");
            return;
        }
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(rows)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n",
                        100.0 * entry.getValue() / total, entry.getValue(), entry.getKey()));
    }
}
