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
        assertEquals(HotOptions.Reload.FULL, options.reload());
        assertTrue(options.cleanup());
    }

    @Test
    void everyOptionIsRead() {
        HotOptions options = HotOptions.parse("ignore=%2Fvendor%2F&silent&reload=full");
        assertEquals("/vendor/", options.ignore().pattern());
        assertTrue(options.silent());
        assertTrue(options.fullReload());
        assertEquals(HotOptions.Reload.NONE, HotOptions.parse("reload=none").reload());
        assertEquals(HotOptions.Reload.RESTART, HotOptions.parse("reload=restart").reload());
        assertFalse(HotOptions.parse("cleanup=off").cleanup());
        assertEquals(HotOptions.Api.VITE, HotOptions.parse("").api());
        assertEquals(HotOptions.Api.ESM_HMR, HotOptions.parse("api=esm-hmr").api());
        assertEquals(HotOptions.Api.BUN, HotOptions.parse("api=bun").api());
        assertEquals(java.util.List.of("routes/**", "lib/*.mjs"),
                HotOptions.parse("boundaries=routes%2F**,lib/*.mjs").boundaries());
    }

    @Test
    void unknownOptionAndBadValuesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("loud"))
                .getMessage().contains("unknown option 'loud'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("reload=partial"))
                .getMessage().contains("reload must be full, none or restart"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("boundaries=a{b"))
                .getMessage().contains("not a valid glob"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("cleanup=maybe"))
                .getMessage().contains("cleanup must be on or off"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HotOptions.parse("ignore=("))
                .getMessage().contains("not a valid regular expression"));
    }
}
