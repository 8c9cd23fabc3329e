package dev.hmrc.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The goal as Maven runs it (fields set as Maven injects its parameters): it writes what
 * {@code bin/hmrc transform} writes, and its errors fail the build. The plugin descriptor
 * Maven reads is checked to declare the goal and its parameters.
 */
class TransformMojoTest {

    @TempDir
    Path temp;

    private TransformMojo mojo(Path src, Path out) {
        TransformMojo mojo = new TransformMojo();
        mojo.sourceDirectory = src.toFile();
        mojo.outputDirectory = out.toFile();
        mojo.sourceMaps = "file";
        mojo.jobs = 1;
        return mojo;
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void writesTransformedModulesAndMaps() throws Exception {
        write("src/main.mjs", "import { x } from './lib/x.mjs';\nconsole.log(x);\n");
        write("src/lib/x.mjs", "export const x = 1;\n");
        Path out = temp.resolve("out");
        mojo(temp.resolve("src"), out).execute();
        String main = Files.readString(out.resolve("main.mjs"), StandardCharsets.UTF_8);
        assertTrue(main.contains("//# sourceMappingURL=main.mjs.map"), main);
        assertTrue(Files.exists(out.resolve("main.mjs.map")));
        assertTrue(Files.exists(out.resolve("lib/x.mjs")));
        assertFalse(main.contains("import { x }"), "the import is rewritten: " + main);
    }

    @Test
    void inlineMapsAndUpToDateFilesAsTheCommandDoes() throws Exception {
        write("src/a.mjs", "export const a = 1;\n");
        Path out = temp.resolve("out");
        TransformMojo inline = mojo(temp.resolve("src"), out);
        inline.sourceMaps = "inline";
        inline.execute();
        assertTrue(Files.readString(out.resolve("a.mjs")).contains("sourceMappingURL=data:application/json"));
        assertFalse(Files.exists(out.resolve("a.mjs.map")));
    }

    @Test
    void aSyntaxErrorFailsTheBuildNamingTheFileAndPosition() throws IOException {
        write("src/ok.mjs", "export const ok = 1;\n");
        write("src/broken.mjs", "export const = 1;\n");
        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> mojo(temp.resolve("src"), temp.resolve("out")).execute());
        assertTrue(failure.getMessage().contains("1 failed"), failure.getMessage());
        assertTrue(failure.getMessage().contains("broken.mjs:1:"), failure.getMessage());
    }

    @Test
    void badConfigurationFailsTheBuild() throws IOException {
        write("src/ok.mjs", "export const ok = 1;\n");
        TransformMojo badMode = mojo(temp.resolve("src"), temp.resolve("out"));
        badMode.sourceMaps = "sideways";
        assertTrue(assertThrows(MojoExecutionException.class, badMode::execute).getMessage().contains("file, inline or none"));
        MojoExecutionException missing = assertThrows(MojoExecutionException.class,
                () -> mojo(temp.resolve("nope"), temp.resolve("out")).execute());
        assertTrue(missing.getMessage().startsWith("hmrc:transform: "), missing.getMessage());
        MojoExecutionException same = assertThrows(MojoExecutionException.class,
                () -> mojo(temp.resolve("src"), temp.resolve("src")).execute());
        assertEquals("hmrc:transform: OUT must differ from SRC (outputs would replace the sources)", same.getMessage());
        MojoExecutionException inside = assertThrows(MojoExecutionException.class,
                () -> mojo(temp.resolve("src"), temp).execute());
        assertTrue(inside.getMessage().contains("SRC must not lie inside OUT"), inside.getMessage());
    }

    @Test
    void skipWritesNothing() throws Exception {
        write("src/a.mjs", "export const a = 1;\n");
        TransformMojo skipped = mojo(temp.resolve("src"), temp.resolve("out"));
        skipped.skip = true;
        skipped.execute();
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void thePluginDescriptorDeclaresTheGoal() throws IOException {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.exists(descriptor), "maven-plugin-plugin wrote " + descriptor.toAbsolutePath());
        String xml = Files.readString(descriptor, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<goal>transform</goal>"), xml);
        assertTrue(xml.contains("<goalPrefix>hmrc</goalPrefix>"), xml);
        for (String parameter : new String[] {"sourceDirectory", "outputDirectory", "sourceMaps", "force", "jobs", "json", "jsStaging", "skip"}) {
            assertTrue(xml.contains("<name>" + parameter + "</name>"), parameter);
        }
        assertEquals(1, xml.split("<goal>", -1).length - 1, "one goal");
    }
}
