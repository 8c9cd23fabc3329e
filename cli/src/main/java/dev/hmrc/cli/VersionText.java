package dev.hmrc.cli;

import dev.hmrc.runtime.JsEngine;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * {@code hmrc --version}: the hmrc version, then the JavaScript engine and whether
 * the Graal JIT compiles guest code in this JVM:
 * <pre>
 * hmrc 0.1.0-SNAPSHOT
 * engine: GraalJS 25.0.2, GraalVM CE (JIT)
 * </pre>
 */
public final class VersionText implements IVersionProvider {

    /** Creates the provider (picocli does, for {@code --version}). */
    public VersionText() {
    }

    /** {@return the hmrc version the build stamped into the jar ({@code unknown} when run unbuilt)} */
    public static String hmrcVersion() {
        try (InputStream in = VersionText.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        try (JsEngine engine = JsEngine.create()) {
            return new String[] {"hmrc " + hmrcVersion(), "engine: " + engine.describe()};
        }
    }
}
