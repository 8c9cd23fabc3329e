package dev.hmrc.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code hmr/register?...} query string. */
class HotOptionsTest {

    @Test
    void emptyQueryGivesTheDefaults() {
        HotOptions options = HotOptions.parse("");
        assertEquals("node_modules", options.ignore().pattern());
        assertFalse(options.silent());
        assertFalse(options.fullReload());
    }

    @Test
    void everyOptionIsRead() {
        HotOptions options = HotOptions.parse("ignore=%2Fvendor%2F&silent&reload=full");
        assertEquals("/vendor/", options.ignore().pattern());
        assertTrue(options.silent());
        assertTrue(options.fullReload());
    }

    @Test
    void unknownOptionAndBadValuesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("loud"))
                .getMessage().contains("unknown option 'loud'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("reload=partial"))
                .getMessage().contains("reload must be full or none"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("ignore=("))
                .getMessage().contains("not a valid regular expression"));
    }
}
