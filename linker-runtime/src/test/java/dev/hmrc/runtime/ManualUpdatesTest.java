package dev.hmrc.runtime;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Updates on the host's terms: HotOptions.manual(true), applyUpdates(), hotStatus(), the outcome listener. */
class ManualUpdatesTest {

    @TempDir
    Path temp;

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    /** Waits until the watcher staged a change (the status says pending). */
    private static void awaitStatus(ModuleRuntime runtime, HotStatus expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (runtime.hotStatus() != expected) {
            assertTrue(System.nanoTime() < deadline, "status stayed " + runtime.hotStatus() + ", expected " + expected);
            Thread.sleep(10);
        }
    }

    @Test
    void manualModeAppliesNothingUntilApplyUpdates() throws Exception {
        Path root = temp.toRealPath();
        Files.writeString(root.resolve("rule.mjs"), "export const rule = (x) => x + 1;\nglobalThis.runs = (globalThis.runs ?? 0) + 1;\nexport const runs = () => globalThis.runs;\nimport.meta.hot.accept();\n");
        List<UpdateOutcome> heard = new CopyOnWriteArrayList<>();
        try (ModuleRuntime runtime = ModuleRuntime.builder(root)
                .hot(HotOptions.defaults().manual(true)).updateListener(heard::add)
                .err(new ByteArrayOutputStream()).build()) {
            await(runtime.importModule("./rule.mjs"));
            assertEquals(HotStatus.IDLE, runtime.hotStatus());
            assertInstanceOf(UpdateOutcome.NothingToApply.class, await(runtime.applyUpdates()));

            Files.writeString(root.resolve("rule.mjs"), "export const rule = (x) => x * 2;\nglobalThis.runs = (globalThis.runs ?? 0) + 1;\nexport const runs = () => globalThis.runs;\nimport.meta.hot.accept();\n");
            awaitStatus(runtime, HotStatus.PENDING);
            Thread.sleep(300); // time in which an automatic update would have run
            assertEquals(11, await(runtime.callExport("./rule.mjs", "rule", Value::asInt, 10)), "nothing ran yet");
            assertEquals(1, await(runtime.callExport("./rule.mjs", "runs", Value::asInt)),
                    "the module body ran once");
            assertTrue(heard.isEmpty(), "no outcome before applyUpdates: " + heard);

            UpdateOutcome outcome = await(runtime.applyUpdates());
            assertTrue(outcome.applied(), outcome.reportLine());
            assertEquals(1, ((UpdateOutcome.Applied) outcome).loaded());
            assertEquals(20, await(runtime.callExport("./rule.mjs", "rule", Value::asInt, 10)));
            assertEquals(HotStatus.IDLE, runtime.hotStatus());
            assertTrue(heard.contains(outcome), "the listener got the same value: " + heard);

            Files.writeString(root.resolve("rule.mjs"), "export const rule = (x) => { x *;\n");
            awaitStatus(runtime, HotStatus.PENDING);
            UpdateOutcome broken = await(runtime.applyUpdates());
            assertFalse(broken.applied());
            UpdateOutcome.SyntaxError syntax = assertInstanceOf(UpdateOutcome.SyntaxError.class, broken);
            assertEquals("rule.mjs", syntax.file());
            assertEquals(HotStatus.FAILED, runtime.hotStatus());
            assertEquals(20, await(runtime.callExport("./rule.mjs", "rule", Value::asInt, 10)), "the previous version runs");
            assertEquals(2, await(runtime.callExport("./rule.mjs", "runs", Value::asInt)),
                    "the failing save ran nothing");
        }
    }

    @Test
    void automaticModeReportsOutcomesAsValuesAndStatusFollows() throws Exception {
        Path root = temp.toRealPath();
        Files.writeString(root.resolve("rule.mjs"), "export const rule = 1;\nimport.meta.hot.accept();\n");
        java.util.concurrent.LinkedBlockingQueue<UpdateOutcome> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        try (ModuleRuntime runtime = ModuleRuntime.builder(root).hot(HotOptions.parse("silent"))
                .updateListener(heard::add).err(new ByteArrayOutputStream()).build()) {
            await(runtime.importModule("./rule.mjs"));
            Files.writeString(root.resolve("rule.mjs"), "export const rule = 2;\nimport.meta.hot.accept();\n");
            UpdateOutcome outcome = heard.poll(20, TimeUnit.SECONDS);
            assertInstanceOf(UpdateOutcome.Applied.class, outcome);
            awaitStatus(runtime, HotStatus.IDLE); // the outcome is heard before the update's last step (afterUpdate)
            Files.writeString(root.resolve("rule.mjs"), "export const rule = ;\n");
            assertInstanceOf(UpdateOutcome.SyntaxError.class, heard.poll(20, TimeUnit.SECONDS));
            awaitStatus(runtime, HotStatus.FAILED);
        }
    }

    @Test
    void withoutHotUpdatesThereIsNothingToApply() {
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).build()) {
            assertThrows(IllegalStateException.class, runtime::applyUpdates);
            assertThrows(IllegalStateException.class, runtime::hotStatus);
        }
    }

    @Test
    void statusNamesAreLowerCase() {
        assertEquals("idle pending applying failed", String.join(" ",
                HotStatus.IDLE.toString(), HotStatus.PENDING.toString(), HotStatus.APPLYING.toString(),
                HotStatus.FAILED.toString()));
    }
}
