package dev.hmrc.transformer;

/** Picks the per-file helper prefix: the first of {@code $$h}, {@code $$h1}, {@code $$h2}, ... absent from the source. */
final class HelperPrefix {
    private HelperPrefix() {
    }

    static String choose(String source) {
        if (!source.contains("$$h")) {
            return "$$h";
        }
        for (int n = 1; ; n++) {
            String candidate = "$$h" + n;
            if (!source.contains(candidate)) {
                return candidate;
            }
        }
    }
}
