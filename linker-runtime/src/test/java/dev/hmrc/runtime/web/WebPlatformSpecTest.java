package dev.hmrc.runtime.web;

import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parts of the web-platform globals where Node 20 departs from the standards (so no
 * differential test can check them): {@code web-platform-spec/main.mjs} prints
 * {@code expected.txt}, which was checked against the standards by hand, in both modes.
 */
class WebPlatformSpecTest {

    @ParameterizedTest
    @EnumSource(Linker.class)
    void whatTheStandardsSayWhereNodeDeparts(Linker linker) throws IOException, URISyntaxException {
        Path folder = Path.of(WebPlatformSpecTest.class.getResource("/web-platform-spec/main.mjs").toURI()).getParent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(folder).linker(linker).out(out).err(err).transformCache(null)
                .runProgram(List.of("./main.mjs"));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(folder.resolve("expected.txt")), out.toString(StandardCharsets.UTF_8));
    }
}
