package dev.hmrc.runtime.link;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The batched calls' layouts have the same names and values on both sides (BatchLayout.java, runtime-support.js). */
class BatchLayoutTest {

    @Test
    void javaAndJsNameTheSameLayouts() throws IOException, IllegalAccessException {
        Map<String, Integer> java = new TreeMap<>();
        for (Field field : BatchLayout.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                field.setAccessible(true);
                java.put(field.getName(), field.getInt(null));
            }
        }
        String script;
        try (InputStream in = RuntimeSupport.class.getResourceAsStream("/dev/hmrc/runtime/runtime-support.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Integer> js = new TreeMap<>();
        Matcher constant = Pattern.compile("const ((?:START|BODY|SLOT|LINK)_[A-Z_]+) = (\\d+);").matcher(script);
        while (constant.find()) {
            js.put(constant.group(1), Integer.parseInt(constant.group(2)));
        }
        assertFalse(java.isEmpty(), "BatchLayout has no constants");
        assertEquals(java, js, "BatchLayout.java vs runtime-support.js");
    }
}
