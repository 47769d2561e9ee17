package org.opencac.models.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.opencac.models.io.TsvRows;

/**
 * Clinical abbreviations from the data file {@code lexicon/abbreviations.tsv} (header
 * {@code abbreviation, expansion}), as a Lucene synonym map for query expansion.
 */
public final class AbbreviationMap {
    public static final String RESOURCE = "lexicon/abbreviations.tsv";

    private AbbreviationMap() {
    }

    /** Reads the abbreviation file; a malformed row fails, naming file and line. */
    public static Map<String, String> read(InputStream in, String sourceName) {
        Map<String, String> out = new LinkedHashMap<>();
        TsvRows.read(in, sourceName, header -> header[0].trim().equals("abbreviation"), "abbreviation<TAB>expansion",
                (cols, lineNo) -> {
                    if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                        throw new IllegalArgumentException(sourceName + " line " + lineNo
                                + ": abbreviation and expansion required");
                    }
                    out.putIfAbsent(cols[0].trim().toLowerCase(java.util.Locale.ROOT), cols[1].trim());
                });
        return out;
    }

    /** Builds a synonym map that keeps the abbreviation and adds its expansion. */
    public static SynonymMap toSynonymMap(Map<String, String> abbreviations) {
        try {
            SynonymMap.Builder b = new SynonymMap.Builder(true);
            for (Map.Entry<String, String> e : abbreviations.entrySet()) {
                String abbr = e.getKey().replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
                String exp = e.getValue().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
                if (abbr.isEmpty() || exp.isEmpty() || abbr.contains(" ")) {
                    continue;
                }
                b.add(new CharsRef(abbr), SynonymMap.Builder.join(exp.split(" "), new CharsRefBuilder()), true);
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
