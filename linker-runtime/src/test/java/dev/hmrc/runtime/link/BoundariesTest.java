package dev.hmrc.runtime.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Boundaries: globs from the options and the entry's package.json, relative to its package root. */
class BoundariesTest {

    @TempDir
    Path temp;

    @Test
    void doubleStarCrossesFoldersAndAlsoMatchesNone() {
        Boundaries b = new Boundaries(temp, List.of("routes/**", "**/*.controller.mjs"));
        assertTrue(b.matches(temp.resolve("routes/user.mjs")));
        assertTrue(b.matches(temp.resolve("routes/admin/users.mjs")));
        assertTrue(b.matches(temp.resolve("a.controller.mjs")), "**/ matches at the package root too");
        assertTrue(b.matches(temp.resolve("x/y/b.controller.mjs")));
        assertFalse(b.matches(temp.resolve("main.mjs")));
        assertFalse(b.matches(temp.resolve("routes.mjs")));
        assertFalse(b.matches(temp.getParent().resolve("routes/user.mjs")), "outside the package root");
    }

    @Test
    void singleStarStaysInItsFolder() {
        Boundaries b = new Boundaries(temp, List.of("./lib/*.mjs"));
        assertTrue(b.matches(temp.resolve("lib/a.mjs")));
        assertFalse(b.matches(temp.resolve("lib/deep/a.mjs")));
    }

    @Test
    void doubleStarSlashInTheMiddleAlsoMatchesNoFolder() {
        Boundaries b = new Boundaries(temp, List.of("./app/**/*.mjs"));
        assertTrue(b.matches(temp.resolve("app/user.mjs")));
        assertTrue(b.matches(temp.resolve("app/a/b/user.mjs")));
        assertFalse(b.matches(temp.resolve("app.mjs")));
        assertFalse(b.matches(temp.resolve("lib/app/user.js")));
    }

    @Test
    void packageJsonOfTheEntrysPackageAddsHmrcAndHotHookBoundaries() throws Exception {
        Path app = Files.createDirectories(temp.resolve("app/src"));
        Files.writeString(temp.resolve("app/package.json"), """
                {"name": "app", "hmrc": {"boundaries": ["src/routes/**"]}, "hotHook": {"boundaries": ["./src/controllers/*.mjs"]}}
                """);
        Boundaries b = Boundaries.forEntry(app.resolve("main.mjs"), List.of("src/jobs/*.mjs"), temp);
        assertEquals(temp.resolve("app"), b.packageRoot());
        assertEquals(List.of("src/jobs/*.mjs", "src/routes/**", "./src/controllers/*.mjs"), b.globs());
        assertTrue(b.matches(temp.resolve("app/src/routes/x/y.mjs")));
        assertTrue(b.matches(temp.resolve("app/src/controllers/user.mjs")));
        assertTrue(b.matches(temp.resolve("app/src/jobs/nightly.mjs")));
        assertFalse(b.matches(temp.resolve("app/src/main.mjs")));
    }

    @Test
    void badGlobIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Boundaries(temp, List.of("a{b")));
    }
}
