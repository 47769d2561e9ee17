package org.opencac.engine.convention;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opencac.engine.RuleColumns;

/**
 * The body sites of injury and symptom codes ({@code body_sites.tsv}), for the integral-symptom rules of scope
 * {@code site}: a symptom is integral to an injury only where the two codes share a site. The row of the longest
 * pattern covering a code gives its sites; a code no row covers has any site.
 */
public final class BodySites {
    public static final String FILE = "body_sites.tsv";

    /** One row: the code patterns and the sites they name. */
    record Row(String id, List<CodePattern> codes, Set<String> sites) {
        Row {
            codes = List.copyOf(codes);
            sites = Set.copyOf(sites);
            if (codes.isEmpty() || sites.isEmpty()) {
                throw new IllegalArgumentException("needs codes and sites");
            }
        }
    }

    private static final Set<String> ANY = Set.of();

    private final List<Row> rows;
    /** Sites per dotless code, worked out once per code (a closed set). */
    private final ConcurrentHashMap<String, Set<String>> byCode = new ConcurrentHashMap<>();

    BodySites(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static BodySites standard() {
        return new BodySites(read(RuleFiles.bundled(FILE), FILE));
    }

    static List<Row> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 3, cols -> new Row(cols[0].trim(), CodePattern.parseList(cols[1]),
                sites(cols[2])));
    }

    private static Set<String> sites(String col) {
        return Set.copyOf(RuleColumns.items(col));
    }

    /** Whether the two codes share a body site (a code of no known site shares any). */
    public boolean shareSite(String code, String other) {
        Set<String> a = sitesOf(code);
        Set<String> b = sitesOf(other);
        if (a == ANY || b == ANY) {
            return true;
        }
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The sites of a code (dotted or not); {@link #ANY} where no row covers it. */
    Set<String> sitesOf(String code) {
        return byCode.computeIfAbsent(code.replace(".", ""), this::find);
    }

    private Set<String> find(String dotless) {
        Set<String> best = ANY;
        int bestLength = -1;
        for (Row r : rows) {
            for (CodePattern p : r.codes()) {
                int length = p.ref().first().length();
                if (length > bestLength && p.ref().coversDotless(dotless)) {
                    best = r.sites();
                    bestLength = length;
                }
            }
        }
        return best;
    }
}
