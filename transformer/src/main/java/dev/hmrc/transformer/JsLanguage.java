package dev.hmrc.transformer;

import com.oracle.js.parser.ScriptEnvironment;

/**
 * Which ECMAScript the modules are written in: one choice for the transformer's parser, the
 * context's {@code js.ecmascript-version} and GraalJS's own loader, so that the plain mode and
 * the hot mode accept the same programs.
 */
public enum JsLanguage {
    /** The latest ECMAScript edition GraalJS implements (its {@code js.ecmascript-version=latest}, ES2025 in 25.0.2). */
    STABLE("latest", 16),
    /**
     * The latest edition plus the proposals GraalJS ships as staging ({@code js.ecmascript-version=staging}),
     * such as {@code import defer}; what {@code hmrc run --js-staging} selects.
     */
    STAGING("staging", ScriptEnvironment.ES_STAGING);

    private final String optionValue;
    private final int parserVersion;

    JsLanguage(String optionValue, int parserVersion) {
        this.optionValue = optionValue;
        this.parserVersion = parserVersion;
    }

    /** {@return the value of the context option {@code js.ecmascript-version} for this language} */
    public String ecmaScriptVersionOption() {
        return optionValue;
    }

    /**
     * The version the parser is configured with: what GraalJS's own parser helper passes for the
     * context option (the staging edition maps to the parser's {@link ScriptEnvironment#ES_STAGING}).
     */
    int parserVersion() {
        return parserVersion;
    }
}
