package dev.hmrc.golden;

import dev.hmrc.golden.RandomModules.GeneratedModule;
import dev.hmrc.transformer.ModuleTransformer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the transform over random valid modules (see {@link RandomModules}):
 * the output is a script, every identifier maps back, every line keeps its
 * number, and the transform is deterministic.
 */
class TransformPropertiesTest {

    private static final ModuleTransformer TRANSFORMER = new ModuleTransformer();
    private static final int TRIES = 200;

    @Provide
    Arbitrary<GeneratedModule> modules() {
        return Arbitraries.integers().between(0, 1 << 16).list().ofMinSize(1).ofMaxSize(90)
                .map(RandomModules::build);
    }

    private static TransformOutcome transform(GeneratedModule module) {
        assertNull(ScriptSyntax.parseModule(module.text(), "generated.mjs"),
                "the generator must produce a valid module");
        TransformOutcome outcome = TransformOutcome.of(TRANSFORMER, module.text(), "generated.mjs", false);
        assertNull(outcome.error(), () -> "the transform rejected a valid module: " + outcome.error().getMessage());
        return outcome;
    }

    @Property(tries = TRIES)
    void outputParsesAsAScript(@ForAll("modules") GeneratedModule module) {
        String code = transform(module).result().code();
        ScriptSyntax.ParseFailure failure = ScriptSyntax.parseScript(code, "output.js");
        assertNull(failure, () -> "output does not parse: " + failure + "\n--- output ---\n" + code);
    }

    @Property(tries = TRIES)
    void everyIdentifierMapsBackToItself(@ForAll("modules") GeneratedModule module) {
        TransformOutcome outcome = transform(module);
        List<String> problems = MapBack.problems(module.text(), outcome.result().code(), outcome.mappings());
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\n--- output ---\n"
                + outcome.result().code());
    }

    @Property(tries = TRIES)
    void everyOrdinaryLineStaysOnItsLine(@ForAll("modules") GeneratedModule module) {
        TransformOutcome outcome = transform(module);
        String code = outcome.result().code();
        String[] in = module.text().split("\r\n|\r|\n", -1);
        String[] out = code.split("\r\n|\r|\n", -1);
        assertTrue(out.length >= in.length + 2, "output has fewer lines than input + suffix");
        ReadsRestored restore = ReadsRestored.forOutput(code, outcome.result().record());
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (module.declarationLines().contains(i)) {
                continue;
            }
            String restored = restore.apply(out[i]);
            boolean same = i == 0 ? restored.endsWith(in[i]) : restored.equals(in[i]);
            if (!same) {
                moved.add("line " + (i + 1) + ":\n  input:  " + in[i] + "\n  output: " + out[i]
                        + "\n  output with reads restored: " + restored);
            }
        }
        assertTrue(moved.isEmpty(), () -> String.join("\n", moved) + "\n--- output ---\n" + code);
    }

    @Property(tries = TRIES)
    void transformingTwiceGivesTheSameBytes(@ForAll("modules") GeneratedModule module) {
        TransformOutcome first = transform(module);
        TransformOutcome second = TransformOutcome.of(new ModuleTransformer(), module.text(), "generated.mjs", false);
        assertEquals(first.result().code(), second.result().code());
        assertEquals(first.result().map().toJson(), second.result().map().toJson());
    }
}
