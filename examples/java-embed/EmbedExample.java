import dev.hmrc.runtime.ModuleRuntime;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Java program that embeds hmrc's runtime through its public API only: it builds a
 * runtime over the folder of JS modules given as its argument, imports {@code app.mjs},
 * reads the module's live namespace and calls its functions on the event loop, posts work
 * to the loop, waits for a JS promise that a timer settles, hands the modules a configuration from Java as a
 * Java-backed module ({@code java:config}), changes one of its values from Java, and closes the runtime.
 *
 * <p>Run it with {@code examples/java-embed/run} (see README.md there).
 */
public final class EmbedExample {

    public static void main(String[] args) throws Exception {
        Path modules = Path.of(args.length > 0 ? args[0] : "examples/java-embed/js");
        String user = "ada";

        try (ModuleRuntime runtime = ModuleRuntime.builder(modules)
                // import { user, limit } from 'java:config' gets these Java values as live bindings.
                .javaModule("java:config", Map.of("user", user, "limit", 4))
                .build()) {

            // importModule completes with the namespace once app.mjs and its imports evaluated.
            Value app = runtime.importModule("./app.mjs").get(30, TimeUnit.SECONDS);

            // JS values belong to the loop thread: read and call them inside submit (or post).
            System.out.println("after import: " + runtime.submit(() -> describe(app)).get());

            runtime.submit(() -> app.getMember("record").execute("from Java")).get();
            System.out.println("after a call: " + runtime.submit(() -> describe(app)).get());

            // post is fire-and-forget; the loop runs posted work in order, so the submit after it
            // sees its effect.
            runtime.post(() -> app.getMember("record").execute("posted"));
            System.out.println("after a post: " + runtime.submit(() -> describe(app)).get());

            // Wait for a JS promise: subscribe on the loop, complete a Java future from JS.
            CompletableFuture<String> settled = new CompletableFuture<>();
            runtime.post(() -> app.getMember("later").execute("timer", 10).invokeMember("then", (ProxyExecutable) result -> {
                settled.complete(result[0].asString());
                return null;
            }));
            System.out.println("the promise says: " + settled.get(30, TimeUnit.SECONDS));
            System.out.println("after the timer: " + runtime.submit(() -> describe(app)).get());

            try {
                runtime.submit(() -> app.getMember("record").execute("one too many")).get();
            } catch (java.util.concurrent.ExecutionException refused) {
                System.out.println("refused: " + refused.getCause().getMessage());
            }

            // Replace an export from Java: store.mjs reads the new limit without running again.
            runtime.javaModule("java:config").set("limit", 5).get(30, TimeUnit.SECONDS);
            runtime.submit(() -> app.getMember("record").execute("one more")).get();
            System.out.println("after set(limit, 5): " + runtime.submit(() -> describe(app)).get());
        }
        System.out.println("closed");
    }

    /** Reads the namespace's live bindings {@code count} and {@code events} (on the loop thread). */
    private static String describe(Value app) {
        return app.getMember("count").asInt() + " " + app.getMember("events").invokeMember("join", ", ").asString();
    }
}
