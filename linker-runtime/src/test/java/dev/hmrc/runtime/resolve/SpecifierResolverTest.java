package dev.hmrc.runtime.resolve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecifierResolverTest {

    @TempDir
    Path temp;
    Path root;
    Path main;
    final SpecifierResolver resolver = new SpecifierResolver();

    @BeforeEach
    void tree() throws IOException {
        root = temp.toRealPath();
        main = write("app/main.mjs", "");
        write("app/lib/util.mjs", "");
    }

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void relativeAbsoluteAndFileUrls() throws Exception {
        Path util = root.resolve("app/lib/util.mjs");
        assertEquals(util, resolver.resolve("./lib/util.mjs", main, root));
        assertEquals(util, resolver.resolve("../app/lib/./util.mjs", main, root));
        assertEquals(util, resolver.resolve(util.toString(), main, root));
        assertEquals(util, resolver.resolve(util.toUri().toString(), main, root));
        assertEquals(main, resolver.resolve("./app/main.mjs", null, root), "no referrer: from the base folder");
    }

    @Test
    void fileUrlsArePercentDecoded() throws Exception {
        Path spaced = write("app/with space.mjs", "");
        assertEquals(spaced, resolver.resolve(spaced.toUri().toString(), main, root));
        assertTrue(spaced.toUri().toString().contains("%20"));
    }

    @Test
    void missingFilesNameSpecifierAndImporter() {
        ModuleResolutionError error = assertThrows(ModuleResolutionError.class,
                () -> resolver.resolve("./nope.mjs", main, root));
        assertTrue(error.getMessage().startsWith("Cannot find module './nope.mjs' imported from " + main),
                error.getMessage());
        assertThrows(ModuleResolutionError.class, () -> resolver.resolve("./lib", main, root), "a folder");
        assertThrows(ModuleResolutionError.class, () -> resolver.resolve("https://x.org/a.mjs", main, root));
        assertThrows(ModuleResolutionError.class, () -> resolver.resolve("./lib/util", main, root),
                "no extension guessing");
    }

    @Test
    void bareSpecifiersWalkUpToNodeModulesAndPreferTheImportCondition() throws Exception {
        write("node_modules/pkg/package.json", """
                {"exports": {".": {"require": "./index.cjs", "import": "./index.mjs"},
                             "./feature": {"default": "./lib/feature.mjs"},
                             "./icons/*": "./dist/icons/*.mjs",
                             "./icons/special/*": "./special/*.mjs"}}""");
        Path index = write("node_modules/pkg/index.mjs", "");
        write("node_modules/pkg/index.cjs", "");
        Path feature = write("node_modules/pkg/lib/feature.mjs", "");
        Path star = write("node_modules/pkg/dist/icons/a/b.mjs", "");
        Path special = write("node_modules/pkg/special/x.mjs", "");
        assertEquals(index, resolver.resolve("pkg", main, root));
        assertEquals(feature, resolver.resolve("pkg/feature", main, root));
        assertEquals(star, resolver.resolve("pkg/icons/a/b", main, root));
        assertEquals(special, resolver.resolve("pkg/icons/special/x", main, root), "longest pattern prefix wins");
        ModuleResolutionError notExported = assertThrows(ModuleResolutionError.class,
                () -> resolver.resolve("pkg/index.cjs", main, root));
        assertTrue(notExported.getMessage().contains("does not export \"./index.cjs\""), notExported.getMessage());
    }

    @Test
    void nearestNodeModulesWins() throws Exception {
        write("node_modules/dep/package.json", "{\"main\": \"./outer.js\"}");
        write("node_modules/dep/outer.js", "");
        write("app/node_modules/dep/package.json", "{\"main\": \"./inner.js\"}");
        Path inner = write("app/node_modules/dep/inner.js", "");
        assertEquals(inner, resolver.resolve("dep", main, root));
    }

    @Test
    void withoutExportsMainAsNodeTakesItThenIndexAndSubpathsAreFiles() throws Exception {
        // Node reads no "module" field (a bundlers' convention): "main" decides, with its legacy extension search.
        write("node_modules/both/package.json", "{\"module\": \"./esm.mjs\", \"main\": \"./cjs\"}");
        write("node_modules/both/esm.mjs", "");
        Path esm = write("node_modules/both/cjs.js", "");
        write("node_modules/mainonly/package.json", "{\"main\": \"lib/main.js\"}");
        Path mainOnly = write("node_modules/mainonly/lib/main.js", "");
        Path bareIndex = write("node_modules/bare/index.js", "");
        Path deep = write("node_modules/@scope/name/deep/file.mjs", "");
        assertEquals(esm, resolver.resolve("both", main, root));
        assertEquals(mainOnly, resolver.resolve("mainonly", main, root));
        assertEquals(bareIndex, resolver.resolve("bare", main, root));
        assertEquals(deep, resolver.resolve("@scope/name/deep/file.mjs", main, root));
        assertThrows(ModuleResolutionError.class, () -> resolver.resolve("absent", main, root));
    }

    @Test
    void exportsTargetsFollowNodesRules() {
        assertEquals("./a.mjs", SpecifierResolver.resolveExports("./a.mjs", "."));
        assertNull(SpecifierResolver.resolveExports("./a.mjs", "./sub"), "a string exports only '.'");
        assertEquals("./b.mjs", SpecifierResolver.resolveExports(
                Map.of("browser", "./n.mjs", "default", "./b.mjs"), "."), "unknown conditions are skipped");
        assertEquals("./n.mjs", SpecifierResolver.resolveExports(
                new java.util.LinkedHashMap<>(Map.of("node", "./n.mjs")), "."), "node is one of Node's conditions");
        assertEquals("./ok.mjs", SpecifierResolver.resolveExports(List.of("not-relative", "./ok.mjs"), "."));
        assertNull(SpecifierResolver.resolveExports(Map.of("./x", "./x.mjs"), "."));
    }

    @Test
    void requireSearchesExtensionsIndexAndMainAndTakesTheRequireCondition() throws Exception {
        Path js = write("app/lib/a.js", "");
        Path json = write("app/lib/data.json", "{}");
        Path index = write("app/lib/dir/index.js", "");
        write("node_modules/dual/package.json",
                "{\"exports\": {\"import\": \"./esm.mjs\", \"require\": \"./cjs.cjs\"}}");
        Path esm = write("node_modules/dual/esm.mjs", "");
        Path cjs = write("node_modules/dual/cjs.cjs", "");
        write("node_modules/legacy/package.json", "{\"main\": \"lib\"}");
        Path legacy = write("node_modules/legacy/lib/index.js", "");
        Path sub = write("node_modules/legacy/util/x.js", "");
        assertEquals(js, resolver.resolveRequire("./lib/a", main, root));
        assertEquals(json, resolver.resolveRequire("./lib/data", main, root));
        assertEquals(index, resolver.resolveRequire("./lib/dir", main, root));
        assertEquals(cjs, resolver.resolveRequire("dual", main, root));
        assertEquals(esm, resolver.resolve("dual", main, root));
        assertEquals(legacy, resolver.resolveRequire("legacy", main, root));
        assertEquals(sub, resolver.resolveRequire("legacy/util/x", main, root));
        ModuleResolutionError missing = assertThrows(ModuleResolutionError.class,
                () -> resolver.resolveRequire("./nope", main, root));
        assertTrue(missing.getMessage().startsWith("Cannot find module './nope'"), missing.getMessage());
    }

    @Test
    void packageImportsMapHashSpecifiersWithPatternsAndConditions() throws Exception {
        write("app/package.json", "{\"imports\": {\"#styles\": {\"node\": \"./vendor/styles.js\", "
                + "\"default\": \"./browser.js\"}, \"#lib/*\": \"./lib/*.mjs\", \"#dep\": \"dep\"}}");
        Path styles = write("app/vendor/styles.js", "");
        Path util = root.resolve("app/lib/util.mjs");
        write("node_modules/dep/package.json", "{\"main\": \"./main.js\"}");
        Path dep = write("node_modules/dep/main.js", "");
        assertEquals(styles, resolver.resolve("#styles", main, root));
        assertEquals(util, resolver.resolve("#lib/util", main, root));
        assertEquals(dep, resolver.resolve("#dep", main, root));
        assertEquals(styles, resolver.resolveRequire("#styles", main, root));
        assertThrows(ModuleResolutionError.class, () -> resolver.resolve("#absent", main, root));
    }
}
