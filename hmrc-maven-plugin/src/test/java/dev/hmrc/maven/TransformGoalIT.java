package dev.hmrc.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invoker-style (failsafe, after {@code package}): a real {@code mvn} builds a sample project
 * that uses the plugin, as a user's build would. Its local repository is a fresh folder
 * holding the reactor's artifacts; everything else comes from the user's repository through
 * a {@code file:} mirror, so nothing is installed into it and no network is needed. A good
 * tree is transformed; a syntax error fails the build naming the file and position.
 */
class TransformGoalIT {

    @TempDir
    Path temp;

    private static final String[] MODULES = {"sourcemaps", "transformer", "linker-runtime", "cli", "hmrc-maven-plugin"};

    private Path repository() throws IOException {
        Path repo = Path.of(System.getProperty("hmrc.repo", "..")).toRealPath();
        String version = System.getProperty("hmrc.version");
        Path local = Files.createDirectories(temp.resolve("local-repository"));
        copy(repo.resolve("pom.xml"), local, "hmrc-parent", version, "pom");
        for (String module : MODULES) {
            String artifact = module.equals("hmrc-maven-plugin") ? module : "hmrc-" + module;
            copy(repo.resolve(module).resolve("pom.xml"), local, artifact, version, "pom");
            copy(repo.resolve(module).resolve("target").resolve(artifact + "-" + version + ".jar"), local, artifact, version, "jar");
        }
        return local;
    }

    private static void copy(Path file, Path local, String artifact, String version, String extension) throws IOException {
        assertTrue(Files.exists(file), file + " (run after package)");
        Path folder = Files.createDirectories(local.resolve("dev/hmrc").resolve(artifact).resolve(version));
        Files.copy(file, folder.resolve(artifact + "-" + version + "." + extension));
    }

    private record Build(int exit, String output) {
    }

    private Build mvn(Path project, Path local) throws Exception {
        Path settings = temp.resolve("settings.xml");
        Path user = Path.of(System.getProperty("hmrc.userRepository", System.getProperty("user.home") + "/.m2/repository"));
        Files.writeString(settings, """
                <settings>
                  <mirrors><mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                </settings>
                """.formatted(user.toUri()));
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + local, "process-resources"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // the plugin needs Java 21+
        Path log = temp.resolve("build-" + System.nanoTime() + ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "mvn did not finish");
        return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Path project(String version) throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>uses-hmrc</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.hmrc</groupId>
                        <artifactId>hmrc-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions><execution><goals><goal>transform</goal></goals></execution></executions>
                        <configuration>
                          <outputDirectory>${project.build.directory}/js</outputDirectory>
                          <sourceMaps>inline</sourceMaps>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version));
        Files.createDirectories(project.resolve("src/main/js/lib"));
        Files.writeString(project.resolve("src/main/js/main.mjs"), "import { x } from './lib/x.mjs';\nconsole.log(x);\n");
        Files.writeString(project.resolve("src/main/js/lib/x.mjs"), "export const x = 1;\n");
        return project;
    }

    @Test
    void aMavenBuildTransformsTheModulesAndFailsOnASyntaxError() throws Exception {
        Path local = repository();
        Path project = project(System.getProperty("hmrc.version"));
        Build good = mvn(project, local);
        assertEquals(0, good.exit(), good.output());
        assertTrue(good.output().contains("transformed 2 files"), good.output());
        String main = Files.readString(project.resolve("target/js/main.mjs"), StandardCharsets.UTF_8);
        assertTrue(main.contains("sourceMappingURL=data:application/json"), main);

        Files.writeString(project.resolve("src/main/js/lib/broken.mjs"), "export const = 1;\n");
        Build bad = mvn(project, local);
        assertNotEquals(0, bad.exit(), bad.output());
        assertTrue(bad.output().contains("BUILD FAILURE"), bad.output());
        assertTrue(bad.output().contains("broken.mjs:1:"), bad.output());
        assertTrue(bad.output().contains("1 failed"), bad.output());
    }
}
