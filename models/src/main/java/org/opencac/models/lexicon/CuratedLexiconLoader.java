package org.opencac.models.lexicon;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.opencac.models.io.TsvRows;

/**
 * Reads the team's curated synonym list: a TSV with header {@code term, code, kind, note} and
 * {@code #} comment lines. A row whose code is not in the code set fails loading, naming file and line.
 */
public final class CuratedLexiconLoader {

    /**
     * The text a row's term is keyed by: an abbreviation is written in capitals, so the normalizer keeps it
     * whole ("CRPS" stays "crps", "AIDS" stays "aids") instead of stripping a plural "s" that would make it
     * collide with another abbreviation or word ("crp", "aid").
     */
    public static String termText(String term, String kind) {
        return kind.equals("abbreviation") ? term.toUpperCase(java.util.Locale.ROOT) : term;
    }

    public List<Term> load(InputStream in, String sourceName, Predicate<String> codeExists) {
        List<Term> out = new ArrayList<>();
        TsvRows.read(in, sourceName,
                header -> header.length >= 2 && header[0].trim().equals("term") && header[1].trim().equals("code"),
                "term<TAB>code<TAB>kind<TAB>note", (cols, lineNo) -> {
                    if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                        throw new IllegalArgumentException(sourceName + " line " + lineNo + ": term and code required");
                    }
                    String code = cols[1].trim();
                    if (!codeExists.test(code)) {
                        throw new IllegalArgumentException(sourceName + " line " + lineNo + ": unknown code " + code);
                    }
                    out.add(new Term(termText(cols[0].trim(), cols.length > 2 ? cols[2].trim() : ""), code,
                            TermSource.CURATED));
                });
        return out;
    }
}
