package dev.hmrc.runtime.link;

import dev.hmrc.runtime.UncaughtError;
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
import java.util.List;

/**
 * The JS half of the runtime in one context: the functions of {@code runtime-support.js}
 * (namespace objects, promise capabilities, the trampoline), captured before any module
 * runs so that a program replacing globals cannot change them.
 */
public final class RuntimeSupport {
    private final Value functions;
    private final Value namespaceFactory;
    private final Value capability;
    private final Value then;
    private final Value trampoline;
    private final Value newError;
    private final Value emptyArray;
    private final Value describe;
    private final Value startModules;
    private final Value linkModules;
    private final Value runBodies;
    private final Value throwValue;

    private RuntimeSupport(Value functions) {
        this.functions = functions;
        this.namespaceFactory = functions.getMember("namespace");
        this.capability = functions.getMember("capability");
        this.then = functions.getMember("then");
        this.trampoline = functions.getMember("trampoline");
        this.newError = functions.getMember("newError");
        this.emptyArray = functions.getMember("emptyArray");
        this.describe = functions.getMember("describe");
        this.startModules = functions.getMember("startModules");
        this.linkModules = functions.getMember("linkModules");
        this.runBodies = functions.getMember("runBodies");
        this.throwValue = functions.getMember("throwValue");
    }

    /**
     * Evaluates the support script in {@code context} (on the thread that owns it).
     *
     * @param context the context to install into
     * @return the support functions of {@code context}
     */
    public static RuntimeSupport install(Context context) {
        try (InputStream in = RuntimeSupport.class.getResourceAsStream("/dev/hmrc/runtime/runtime-support.js")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RuntimeSupport(context.eval(Source.newBuilder("js", text, "hmrc:runtime-support.js").internal(true).buildLiteral()));
        } catch (IOException e) {
            throw new UncheckedIOException("hmrc: runtime-support.js missing from the class path", e);
        }
    }

    /**
     * A support function by name (e.g. {@code queueMicrotask}, {@code metaObject}).
     *
     * @param name the function's name in {@code runtime-support.js}
     * @return the function
     */
    public Value function(String name) {
        return functions.getMember(name);
    }

    Value namespace(Value sortedNames, Value getters) {
        return namespaceFactory.execute(sortedNames, getters);
    }

    /**
     * NewPromiseCapability(%Promise%): an object with {@code promise}, {@code resolve}, {@code reject}.
     *
     * @return the capability object
     */
    public Value newCapability() {
        return capability.execute();
    }

    /**
     * {@code promise.then(onFulfilled, onRejected)} with Java callbacks (first argument: the value).
     *
     * @param promise the promise
     * @param onFulfilled called with the value
     * @param onRejected called with the reason
     */
    public void then(Value promise, ProxyExecutable onFulfilled, ProxyExecutable onRejected) {
        then.executeVoid(promise, onFulfilled, onRejected);
    }

    /**
     * Runs {@code body} inside one JS call, so that the engine drains the microtask queue
     * only after it returns (GraalJS drains it when the outermost guest call returns).
     *
     * @param body what runs inside the call
     */
    public void trampoline(Runnable body) {
        trampoline.executeVoid((ProxyExecutable) args -> {
            body.run();
            return null;
        });
    }

    // The phases as one call each (see "Whole phases in one call" in runtime-support.js): the
    // per-module items go over as one ProxyArray, the results come back through callbacks.

    /** Protocol steps 1-2 of {@code n} modules ({@code items}: 5 per module, see startModules). */
    void startModules(List<Object> items, int n) {
        startModules.executeVoid(ProxyArray.fromList(items), n);
    }

    /** InitializeEnvironment step 5 of {@code n} modules ({@code items}: see linkModules). */
    void linkModules(List<Object> items, int n) {
        linkModules.executeVoid(ProxyArray.fromList(items), n);
    }

    /** Runs {@code n} module bodies in order until one throws ({@code items}: 4 per module, see runBodies). */
    void runBodies(List<Object> items, int n, ProxyExecutable threw) {
        runBodies.executeVoid(ProxyArray.fromList(items), n, threw);
    }

    /** An import holder from its slots ({@code items}: null, null, the count, then kind, a, b per slot). */
    Value holder(List<Object> items) {
        return linkModules.execute(ProxyArray.fromList(items), 1);
    }

    /**
     * The engine's exception for throwing {@code value} (what a module body's {@code next()}
     * threw, caught in JS): the same {@link PolyglotException} the call would have thrown.
     */
    PolyglotException rethrow(Value value) {
        try {
            throwValue.executeVoid(value);
        } catch (PolyglotException thrown) {
            return thrown;
        }
        throw new AssertionError("throwValue returned");
    }

    /** A JS array of the values. */
    Value listOf(List<Value> values) {
        Value array = emptyArray.execute();
        for (int i = 0; i < values.size(); i++) {
            array.setArrayElement(i, values.get(i));
        }
        return array;
    }

    Value emptyArray() {
        return emptyArray.execute();
    }

    /**
     * A new error of a standard type ({@code "SyntaxError"}, {@code "TypeError"}, {@code "Error"}, ...).
     *
     * @param type the constructor's name
     * @param message the error's message
     * @return the error object
     */
    public Value newError(String type, String message) {
        return newError.execute(type, message);
    }

    /**
     * How an uncaught value reads: {@code Type: message} for errors (else the value as a
     * string), and the error's stack frames (lines starting with "    at"), possibly empty.
     *
     * @param thrown the value
     * @return the headline and stack
     */
    public UncaughtError describe(Value thrown) {
        Value parts = describe.execute(thrown);
        return new UncaughtError(parts.getArrayElement(0).asString(), parts.getArrayElement(1).asString());
    }
}
