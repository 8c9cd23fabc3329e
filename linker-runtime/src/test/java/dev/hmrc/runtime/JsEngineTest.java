package dev.hmrc.runtime;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsEngineTest {

    @Test
    void describesVersionAndCompilerMode() {
        try (JsEngine js = JsEngine.create()) {
            assertTrue(js.version().matches("\\d+\\.\\d+\\.\\d+.*"), js.version());
            String expectedMode = js.implementationName().equals("Interpreted") ? "(interpreter)" : "(JIT)";
            assertEquals("GraalJS " + js.version() + ", " + js.implementationName() + " " + expectedMode, js.describe());
            assertEquals(!js.implementationName().equals("Interpreted"), js.optimizing());
        }
    }

    @Test
    void rejectsUnknownOptionsWithTheirName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JsEngine.create(Map.of("engine.NoSuchOption", "1")));
        assertTrue(error.getMessage().contains("engine.NoSuchOption"), error.getMessage());
    }

    @Test
    void contextsShareTheEngineAndRunJs() {
        try (JsEngine js = JsEngine.create(Map.of("engine.WarnInterpreterOnly", "false"))) {
            for (int i = 0; i < 2; i++) {
                try (Context context = Context.newBuilder("js").engine(js.engine()).build()) {
                    assertEquals(42, context.eval("js", "6 * 7").asInt());
                }
            }
        }
    }
}
