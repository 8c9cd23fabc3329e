package dev.hmrc.runtime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real npm packages (lodash-es, date-fns, three; installed by {@code scripts/fetch-corpora.sh})
 * imported by bare specifier through {@code node_modules}: both linkers print the same output,
 * which is checked against values computed by hand.
 */
class RealPackagesTest {

    private static Path nodeModules;

    @TempDir
    Path program;

    @BeforeAll
    static void fetchCorpora() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("scripts/fetch-corpora.sh"))) {
            root = root.getParent();
            assertTrue(root != null, "no scripts/fetch-corpora.sh above the working directory");
        }
        Process fetch = new ProcessBuilder("bash", root.resolve("scripts/fetch-corpora.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(fetch.waitFor(900, TimeUnit.SECONDS) && fetch.exitValue() == 0, "scripts/fetch-corpora.sh failed");
        nodeModules = root.resolve(".corpora/node_modules");
    }

    @Test
    void lodashDateFnsAndThreeRunTheSameInBothModes() throws IOException {
        Files.createSymbolicLink(program.resolve("node_modules"), nodeModules);
        Files.writeString(program.resolve("main.mjs"), """
                import { chunk, sortBy, camelCase } from 'lodash-es';
                import * as _ from 'lodash-es';
                import { format, addDays } from 'date-fns';
                import { Vector3 } from 'three';
                console.log(JSON.stringify(chunk([1, 2, 3, 4, 5], 2)), sortBy([3, 1, 2]).join(), camelCase('hot module'));
                console.log(typeof _.debounce, Object.prototype.toString.call(_));
                console.log(format(addDays(new Date(2020, 0, 30), 3), 'yyyy-MM-dd'));
                console.log(new Vector3(1, 2, 2).length());
                """);
        String expected = """
                [[1,2],[3,4],[5]] 1,2,3 hotModule
                function [object Module]
                2020-02-02
                3
                exit 0
                """;
        assertEquals(expected, ProgramRun.run(program, Linker.GRAALJS).transcript(), "GraalJS's loader");
        assertEquals(expected, ProgramRun.run(program, Linker.HMRC).transcript(), "hmrc's linker");
    }
}
