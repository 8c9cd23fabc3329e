package dev.hmrc.runtime.web;

import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of one run of a WPT runner module (run-url-tests.mjs, run-encoding-tests.mjs):
 * its lines {@code <suite>: N passed, M failed[, K skipped]} and the {@code FAIL} lines under each.
 *
 * @param passed   passes by suite, in the order printed
 * @param failures the failure lines by suite
 * @param output   everything the run printed (stdout, then stderr)
 */
record WptRun(Map<String, Integer> passed, Map<String, List<String>> failures, String output) {

    private static final Pattern SUITE = Pattern.compile("^(.+): (\\d+) passed, (\\d+) failed.*$");

    /** Runs {@code entry} in {@code folder} with {@code linker} (both modes use one shared engine per test class). */
    static WptRun run(Path folder, String entry, Linker linker, JsEngine engine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(folder).linker(linker).engine(engine).out(out).err(err)
                .transformCache(null).runProgram(List.of(entry));
        String text = out.toString(StandardCharsets.UTF_8);
        String all = text + err.toString(StandardCharsets.UTF_8);
        if (status != 0) {
            throw new AssertionError(linker + ": " + entry + " exited " + status + "\n" + all);
        }
        Map<String, Integer> passed = new LinkedHashMap<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        String suite = null;
        for (String line : text.split("\n")) {
            Matcher m = SUITE.matcher(line);
            if (m.matches()) {
                suite = m.group(1);
                passed.put(suite, Integer.parseInt(m.group(2)));
                failures.put(suite, new ArrayList<>());
            } else if (line.startsWith("  FAIL ") && suite != null) {
                failures.get(suite).add(line.substring(7));
            }
        }
        return new WptRun(passed, failures, all);
    }
}
