package dev.hmrc.sourcemaps;

import java.util.Arrays;
import java.util.List;

/**
 * Composes two source maps of a two-step chain into one: {@code outer} maps the
 * generated file to an intermediate file, {@code inner} maps that intermediate
 * file to the original sources (for example hot output → {@code .js} →
 * {@code .ts}); the result maps the generated file straight to the originals.
 *
 * <p>One pass over the outer segments in generated order, each looked up in the
 * inner map with {@link DecodedSourceMap#originalPositionFor} semantics (the
 * inner segment with the greatest column not after the intermediate column on
 * the same line). The name is the inner segment's when it has one, else the outer
 * segment's. An outer segment whose intermediate position has no inner mapping
 * (none on that line before it, or a generated-only one) is dropped; generated-only
 * outer segments stay generated-only. Sources and their contents come from the
 * inner map, joined to its {@code sourceRoot}; the result has no
 * {@code sourceRoot} and the outer map's {@code file}.
 */
public final class SourceMapComposer {
    private static final int NOT_YET = -2;

    private SourceMapComposer() {
    }

    /**
     * Composes {@code outer} (generated → intermediate; its single source is the
     * intermediate file) with {@code inner} (intermediate → original).
     *
     * @param outer generated to intermediate
     * @param inner intermediate to original
     * @return generated to original
     * @throws IllegalArgumentException when {@code outer} does not have exactly one
     *                                  source, or when either map's mappings are malformed
     */
    public static SourceMap compose(SourceMap outer, SourceMap inner) {
        if (outer.sources().size() != 1) {
            throw new IllegalArgumentException("outer map must have exactly one source (the intermediate file), has "
                    + outer.sources().size() + "; name it with compose(outer, inner, intermediateSource)");
        }
        return compose(outer, inner, outer.sources().get(0));
    }

    /**
     * Like {@link #compose(SourceMap, SourceMap)} for an outer map with several
     * sources: only segments of {@code intermediateSource} (as the outer map lists
     * it, raw or joined to its {@code sourceRoot}) go through {@code inner}; the
     * segments of other sources are kept as they are, with their contents.
     *
     * @param outer generated to intermediate
     * @param inner intermediate to original
     * @param intermediateSource the outer map's source that {@code inner} maps
     * @return generated to original
     */
    public static SourceMap compose(SourceMap outer, SourceMap inner, String intermediateSource) {
        DecodedSourceMap out = DecodedSourceMap.decode(outer);
        DecodedSourceMap in = DecodedSourceMap.decode(inner);
        SourceMapBuilder builder = new SourceMapBuilder(outer.file());

        List<String> innerSources = in.sources();
        List<String> innerContents = inner.sourcesContent();
        int[] innerSourceIds = new int[innerSources.size()];
        for (int s = 0; s < innerSourceIds.length; s++) {
            String path = innerSources.get(s);
            innerSourceIds[s] = path == null ? -1
                    : builder.addSource(path, innerContents == null ? null : innerContents.get(s));
        }
        List<String> outerSources = out.sources();
        boolean[] intermediate = new boolean[outerSources.size()];
        for (int s = 0; s < intermediate.length; s++) {
            intermediate[s] = intermediateSource.equals(outer.sources().get(s))
                    || intermediateSource.equals(outerSources.get(s));
        }
        int[] outerSourceIds = filled(outerSources.size());
        int[] innerNameIds = filled(inner.names().size());
        int[] outerNameIds = filled(outer.names().size());

        for (int k = 0, size = out.size(); k < size; k++) {
            int line = out.generatedLineAt(k);
            int column = out.generatedColumnAt(k);
            int s = out.sourceIndexAt(k);
            if (s < 0 || outerSources.get(s) == null) {
                builder.addUnmapped(line, column);
                continue;
            }
            int outerName = out.nameIndexAt(k);
            if (!intermediate[s]) {
                if (outerSourceIds[s] == NOT_YET) {
                    List<String> contents = outer.sourcesContent();
                    outerSourceIds[s] = builder.addSource(outerSources.get(s), contents == null ? null : contents.get(s));
                }
                builder.addMapping(line, column, outerSourceIds[s], out.originalLineAt(k), out.originalColumnAt(k),
                        nameId(builder, outer.names(), outerNameIds, outerName));
                continue;
            }
            int j = in.segmentAt(out.originalLineAt(k), out.originalColumnAt(k));
            if (j < 0) {
                continue;
            }
            int innerSource = in.sourceIndexAt(j);
            if (innerSource < 0 || innerSourceIds[innerSource] < 0) {
                continue;
            }
            int innerName = in.nameIndexAt(j);
            int name = innerName >= 0 ? nameId(builder, inner.names(), innerNameIds, innerName)
                    : nameId(builder, outer.names(), outerNameIds, outerName);
            builder.addMapping(line, column, innerSourceIds[innerSource], in.originalLineAt(j),
                    in.originalColumnAt(j), name);
        }
        return builder.build();
    }

    private static int nameId(SourceMapBuilder builder, List<String> names, int[] ids, int index) {
        if (index < 0) {
            return -1;
        }
        if (ids[index] == NOT_YET) {
            ids[index] = builder.addName(names.get(index));
        }
        return ids[index];
    }

    private static int[] filled(int length) {
        int[] ids = new int[length];
        Arrays.fill(ids, NOT_YET);
        return ids;
    }
}
