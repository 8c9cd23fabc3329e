package dev.hmrc.runtime;

import org.graalvm.polyglot.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The one GraalJS {@link Engine} a process shares between its contexts, plus what it
 * tells about itself: its version, the Truffle runtime's implementation name and
 * whether the optimizing (Graal JIT) compiler is active.
 *
 * <p>The engine is created with {@code engine.WarnInterpreterOnly=false}: whether the
 * JIT is available is reported by {@link #optimizing()} and left to the caller to
 * say once, in its own words, instead of the engine printing its warning on stderr
 * for every context.
 *
 * <p>Close it when done (it closes the engine and every context built on it).
 */
public final class JsEngine implements AutoCloseable {

    /**
     * Implementation name the Truffle fallback runtime reports when no optimizing
     * compiler is available (the code runs in the AST interpreter only).
     */
    static final String INTERPRETER_ONLY_RUNTIME = "Interpreted";

    /** Where the polyglot jar records its own version. */
    private static final String POLYGLOT_VERSION_RESOURCE = "/META-INF/graalvm/org.graalvm.polyglot/version";

    private final Engine engine;

    private JsEngine(Engine engine) {
        this.engine = engine;
    }

    /**
     * Creates the shared engine with hmrc's defaults.
     *
     * @return the new engine
     */
    public static JsEngine create() {
        return create(Map.of());
    }

    /**
     * Creates the shared engine with hmrc's defaults plus extra engine options
     * (e.g. {@code engine.TraceCompilation}); an extra option overrides a default.
     *
     * @param extraOptions engine options by name, added to (or replacing) hmrc's defaults
     * @return the new engine
     */
    public static JsEngine create(Map<String, String> extraOptions) {
        Objects.requireNonNull(extraOptions, "extraOptions");
        Engine.Builder builder = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false");
        extraOptions.forEach(builder::option);
        return new JsEngine(builder.build());
    }

    /** {@return the polyglot engine to build contexts on ({@code Context.newBuilder("js").engine(...)})} */
    public Engine engine() {
        return engine;
    }

    /**
     * The GraalJS / Truffle version, e.g. {@code 25.0.2}. On the class path the engine
     * cannot find its release file and calls itself a "Development Build"; the version
     * the polyglot jar was built with is read from the jar then.
     *
     * @return the version, e.g. {@code 25.0.2}
     */
    public String version() {
        String reported = engine.getVersion();
        if (!reported.isEmpty() && Character.isDigit(reported.charAt(0))) {
            return reported;
        }
        try (InputStream in = Engine.class.getResourceAsStream(POLYGLOT_VERSION_RESOURCE)) {
            if (in != null) {
                String fromJar = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!fromJar.isEmpty()) {
                    return fromJar;
                }
            }
        } catch (IOException unreadable) {
            // fall through to what the engine said
        }
        return reported;
    }

    /** {@return the Truffle runtime's name, e.g. {@code GraalVM CE} or {@code Interpreted}} */
    public String implementationName() {
        return engine.getImplementationName();
    }

    /** {@return whether guest code is compiled by the Graal JIT (false: interpreter only, much slower)} */
    public boolean optimizing() {
        return !INTERPRETER_ONLY_RUNTIME.equals(implementationName());
    }

    /** {@return one line for {@code --version}: {@code GraalJS 25.0.2, GraalVM CE (JIT)}} */
    public String describe() {
        return "GraalJS " + version() + ", " + implementationName() + (optimizing() ? " (JIT)" : " (interpreter)");
    }

    @Override
    public void close() {
        engine.close();
    }
}
