package dev.hmrc.golden;

import dev.hmrc.runtime.resolve.ModuleFormat;
import dev.hmrc.transformer.ModuleTransformer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The transform parses everything Node parses: every {@code .js}/{@code .mjs}/{@code .cjs} file of
 * the packages {@code scripts/fetch-corpora.sh} installs goes the way Node would take it (by
 * {@link ModuleFormat}: an ES module through the transform, a CommonJS file through the
 * CommonJS parse), and a file that fails must be one {@code node --check} rejects as well.
 */
class InstalledPackagesParseTest {

    @Test
    void everyFileOfTheInstalledPackagesParsesUnlessNodeRejectsItToo() throws Exception {
        Path root = RealCorporaTest.repositoryRoot();
        Process fetch = new ProcessBuilder("bash", root.resolve("scripts/fetch-corpora.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(fetch.waitFor(900, TimeUnit.SECONDS) && fetch.exitValue() == 0, "scripts/fetch-corpora.sh failed");
        Path modules = root.resolve(".corpora/node_modules").toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(modules)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs");
            }).sorted().toList();
        }
        ModuleTransformer transformer = new ModuleTransformer();
        Map<Path, String> failures = new ConcurrentHashMap<>();
        AtomicInteger esm = new AtomicInteger();
        AtomicInteger commonJs = new AtomicInteger();
        files.parallelStream().forEach(file -> {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (ModuleFormat.of(file) == ModuleFormat.MODULE) {
                    esm.incrementAndGet();
                    transformer.transform(text, file.toString());
                } else {
                    commonJs.incrementAndGet();
                    ModuleTransformer.parseCommonJs(text, file.toString());
                }
            } catch (Exception | StackOverflowError e) {
                failures.put(file, String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            }
        });
        System.out.printf("installed packages: %d files, %d ES modules transformed, %d CommonJS parsed, %d failed%n",
                files.size(), esm.get(), commonJs.get(), failures.size());
        assertTrue(files.size() > 5000, "expected the installed corpora, found " + files.size() + " files");
        List<String> notRejectedByNode = new ArrayList<>();
        for (Map.Entry<Path, String> failure : failures.entrySet()) {
            Process check = new ProcessBuilder("node", "--check", failure.getKey().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(check.waitFor(60, TimeUnit.SECONDS), "node --check timed out");
            if (check.exitValue() == 0) {
                notRejectedByNode.add(modules.relativize(failure.getKey()) + ": " + failure.getValue());
            }
        }
        if (!notRejectedByNode.isEmpty()) {
            notRejectedByNode.sort(null);
            fail(notRejectedByNode.size() + " file(s) node parses but hmrc does not:\n"
                    + String.join("\n", notRejectedByNode.subList(0, Math.min(40, notRejectedByNode.size()))));
        }
    }
}
