package dev.hmrc.runtime.link;

import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * One module instance's {@code import.meta.hot} registrations as the update engine reads
 * and changes them: the only Java code that knows the members of the control object that
 * {@code hotContext} in runtime-support.js returns ({@code {hot, state}}). Loop thread only.
 */
final class HotState {
    private final Value hot;
    private final Value state;

    HotState(Value control) {
        this.hot = control.getMember("hot");
        this.state = control.getMember("state");
    }

    /** The {@code import.meta.hot} object the module sees. */
    Value importMetaHot() {
        return hot;
    }

    /** The owner of the timers and servers the instance makes (runtime-support.js's resource tracking). */
    Value resourceOwner() {
        return state;
    }

    /** The owner of the instance's event listeners on the {@link HotBus}. */
    Value listenerOwner() {
        return state;
    }

    /** Whether the instance called {@code import.meta.hot.accept()} (or {@code accept(callback)}) on itself. */
    boolean selfAccepting() {
        return state.getMember("selfAccepting").asBoolean();
    }

    /** Whether the instance called {@code import.meta.hot.decline()}. */
    boolean declined() {
        return state.getMember("declined").asBoolean();
    }

    /** The callbacks of {@code accept(callback)} on itself, as a JS array. */
    Value selfAcceptHandlers() {
        return state.getMember("selfCallbacks");
    }

    /** The callbacks of {@code dispose(callback)}, as a JS array. */
    Value disposeHandlers() {
        return state.getMember("dispose");
    }

    /** The callbacks of {@code prune(callback)}, as a JS array. */
    Value pruneHandlers() {
        return state.getMember("prune");
    }

    /** Whether disposing the instance runs any handler. */
    boolean hasDisposeHandlers() {
        return disposeHandlers().getArraySize() > 0;
    }

    /** One {@code accept(dep, callback)} or {@code accept([deps], callback)}: the registry keys it names. */
    record DependencyAccept(List<String> keys, boolean single, Value callback) {
    }

    /** The instance's {@code accept(dep(s), callback)} calls, in order. */
    List<DependencyAccept> dependencyAccepts() {
        Value depAccepts = state.getMember("depAccepts");
        List<DependencyAccept> accepts = new ArrayList<>((int) depAccepts.getArraySize());
        for (long i = 0; i < depAccepts.getArraySize(); i++) {
            Value entry = depAccepts.getArrayElement(i);
            Value keys = entry.getMember("keys");
            List<String> names = new ArrayList<>((int) keys.getArraySize());
            for (long k = 0; k < keys.getArraySize(); k++) {
                names.add(keys.getArrayElement(k).asString());
            }
            accepts.add(new DependencyAccept(names, entry.getMember("single").asBoolean(), entry.getMember("callback")));
        }
        return accepts;
    }

    /** Whether an {@code accept(...)} call of the instance names {@code dependencyKey}. */
    boolean acceptsDependency(String dependencyKey) {
        for (DependencyAccept accept : dependencyAccepts()) {
            if (accept.keys().contains(dependencyKey)) {
                return true;
            }
        }
        return false;
    }

    /** Marks the instance disposed: its listeners hear no event from now on. */
    void markDisposed() {
        state.putMember("disposed", true);
    }

    /** Undoes {@link #markDisposed} (an update that disposed it was rolled back and it ran no handler). */
    void undispose() {
        state.putMember("disposed", false);
    }
}
