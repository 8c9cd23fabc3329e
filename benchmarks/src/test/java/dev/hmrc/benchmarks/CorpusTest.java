package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusTest {

    @TempDir
    Path nodeModules;

    private void write(String path, String text) throws IOException {
        Path file = nodeModules.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void dateFnsLeavesOutTheCdnScriptsAndNonJsFiles() throws IOException {
        write("date-fns/addDays.js", "export function addDays() {}\n");
        write("date-fns/locale/de/_lib/match.js", "export const m = 1;\n");
        write("date-fns/addDays.cjs", "module.exports = 1;\n");
        write("date-fns/cdn.js", "(() => {})();\n");
        write("date-fns/cdn.min.js", "(()=>{})();\n");
        write("date-fns/_lib/cdnPolyfill.js", "(function () {})();\n");
        Corpus.Selection dateFns = Corpus.TRANSFORM_CORPORA.stream()
                .filter(selection -> selection.name().equals("date-fns")).findFirst().orElseThrow();

        Corpus corpus = dateFns.load(nodeModules);

        List<String> names = corpus.files().stream()
                .map(file -> nodeModules.resolve("date-fns").relativize(file.path()).toString()).toList();
        assertEquals(List.of("addDays.js", "locale/de/_lib/match.js"), names);
        assertEquals(29 + 20, corpus.bytes());
        assertEquals("export const m = 1;\n", corpus.files().get(1).text());
    }

    @Test
    void aMissingCorpusSaysHowToInstallIt() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> Corpus.TRANSFORM_CORPORA.get(0).load(nodeModules));
        assertTrue(error.getMessage().contains("scripts/fetch-corpora.sh"), error.getMessage());
    }
}
