package dev.hmrc.runtime.hooks;

import dev.hmrc.runtime.link.JsThrow;
import dev.hmrc.runtime.link.RuntimeSupport;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code node:module} built-in of hmrc's linker: a module whose exports are
 * {@code registerHooks} (Node's {@code module.registerHooks}: JS resolve and load hooks
 * join a {@link LoaderHooks} chain, the call returns {@code {deregister()}}) and a default
 * export object holding it. Nothing else of Node's {@code node:module} is offered.
 *
 * <p>The module's source ({@link #SOURCE}) is transformed and linked like any other; it
 * reads the registering function from its own {@code import.meta}, which
 * {@link #importMeta()} makes.
 */
public final class NodeModuleBuiltin {

    /** The specifier and URL of the built-in. */
    public static final String URL = "node:module";

    /** The built-in's source text. */
    public static final String SOURCE = """
            const $m = globalThis[Symbol.for("hmrc.commonjs")].requireBuiltin("module");
            export const registerHooks = import.meta.registerHooks;
            export const createRequire = $m.createRequire, builtinModules = $m.builtinModules, isBuiltin = $m.isBuiltin,
                Module = $m.Module, _cache = $m._cache, _extensions = $m._extensions, _resolveFilename = $m._resolveFilename,
                _load = $m._load, _nodeModulePaths = $m._nodeModulePaths, wrap = $m.wrap;
            export default { ...$m, registerHooks };
            """;

    private final RuntimeSupport support;
    private final LoaderHooks hooks;
    private final Value functions;

    private NodeModuleBuiltin(RuntimeSupport support, LoaderHooks hooks, Value functions) {
        this.support = support;
        this.hooks = hooks;
        this.functions = functions;
    }

    /**
     * Evaluates the JS half ({@code hooks-support.js}) in {@code context}, on the thread that owns it.
     *
     * @param context the runtime's context
     * @param support the runtime's JS support functions in that context
     * @param hooks   the chain that registered JS hooks join
     * @return the built-in for that context
     */
    public static NodeModuleBuiltin install(Context context, RuntimeSupport support, LoaderHooks hooks) {
        try (InputStream in = NodeModuleBuiltin.class.getResourceAsStream("/dev/hmrc/runtime/hooks/hooks-support.js")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Value functions = context.eval(Source.newBuilder("js", text, "hmrc:hooks-support.js").internal(true).buildLiteral());
            return new NodeModuleBuiltin(support, hooks, functions);
        } catch (IOException e) {
            throw new UncheckedIOException("hmrc: hooks-support.js missing from the class path", e);
        }
    }

    /** {@return the built-in module's {@code import.meta}: a null-prototype object with {@code registerHooks}} */
    public Value importMeta() {
        ProxyExecutable register = args -> {
            ResolveHook resolve = args[0].isNull() ? null : jsResolveHook(args[0]);
            LoadHook load = args[1].isNull() ? null : jsLoadHook(args[1]);
            Runnable deregister = hooks.register(resolve, load);
            return (ProxyExecutable) none -> {
                deregister.run();
                return null;
            };
        };
        Value meta = support.function("metaObject").execute();
        meta.putMember("registerHooks", functions.getMember("registerHooksFunction").execute(register));
        return meta;
    }

    private ResolveHook jsResolveHook(Value function) {
        Value call = functions.getMember("callResolve");
        return (specifier, context, next) -> {
            ProxyExecutable nextResolve = args -> guarded(() -> {
                ResolveResult result = next.resolve(args[0].asString(),
                        new ResolveContext(stringOrNull(args[1]), attributes(args[2])));
                return ProxyArray.fromArray(result.url(), result.format());
            });
            Value result = call.execute(function, specifier, context.parentUrl(),
                    attributeList(context.importAttributes()), nextResolve);
            return new ResolveResult(result.getArrayElement(0).asString(), stringOrNull(result.getArrayElement(1)));
        };
    }

    private LoadHook jsLoadHook(Value function) {
        Value call = functions.getMember("callLoad");
        return (url, context, next) -> {
            ProxyExecutable nextLoad = args -> guarded(() -> {
                LoadResult result = next.load(args[0].asString(),
                        new LoadContext(stringOrNull(args[1]), attributes(args[2])));
                return ProxyArray.fromArray(result.format(), result.source());
            });
            Value result = call.execute(function, url, context.format(),
                    attributeList(context.importAttributes()), nextLoad);
            return new LoadResult(stringOrNull(result.getArrayElement(0)), result.getArrayElement(1).asString());
        };
    }

    /**
     * Runs the rest of a chain for a JS hook's {@code nextResolve}/{@code nextLoad}: what it
     * throws reaches the JS hook as a JS error it can catch (an error of hmrc's own
     * resolution as itself, a Java hook's exception as an {@code Error} with its message).
     */
    private Object guarded(Supplier<Object> rest) {
        try {
            return rest.get();
        } catch (JsThrow abrupt) {
            throw rethrow(abrupt.thrown());
        } catch (PolyglotException fromJs) {
            throw fromJs;
        } catch (RuntimeException fromJava) {
            throw rethrow(support.newError("Error", String.valueOf(fromJava.getMessage())));
        }
    }

    private RuntimeException rethrow(Value thrown) {
        support.function("throwValue").execute(thrown); // throws the value as a guest exception
        return new IllegalStateException("throwValue returned");
    }

    private static String stringOrNull(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Map<String, String> attributes(Value list) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (long i = 0; i + 1 < list.getArraySize(); i += 2) {
            attributes.put(list.getArrayElement(i).asString(), list.getArrayElement(i + 1).asString());
        }
        return attributes;
    }

    private static ProxyArray attributeList(Map<String, String> attributes) {
        Object[] list = new Object[attributes.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            list[i++] = e.getKey();
            list[i++] = e.getValue();
        }
        return ProxyArray.fromArray(list);
    }
}
