package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.DataFiles;
import org.opencac.models.codeset.CodeSet;

/**
 * General diagnoses and the codes of other categories that name the same condition more specifically
 * ({@code specifying_findings.tsv}): "internal derangement of the left knee" (M23.92) is the bucket-handle tear of the
 * medial meniscus (S83.212A) the arthroscopy found, which the Tabular codes as a current injury (M23 Excludes2).
 */
public final class SpecifyingFindings {
    public static final String FILE = "/org/opencac/engine/coding/specifying_findings.tsv";
    private static final String HEADER = "general\tspecific\tbasis";

    /** One row: a general code prefix and a prefix of the codes that specify it. */
    record Row(String general, String specific) {
    }

    private final List<Row> rows;

    SpecifyingFindings(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The bundled rows; a prefix the code set does not know fails at start-up, naming the file and line. */
    public static SpecifyingFindings standard(CodeSet codeSet) {
        List<Row> rows = new ArrayList<>();
        DataFiles.rows(FILE, HEADER, (cols, line) -> {
            if (cols.length != 3 || cols[2].isBlank()) {
                throw new IllegalArgumentException(FILE + ":" + line + ": needs general, specific and basis");
            }
            for (String prefix : List.of(cols[0], cols[1])) {
                if (codeSet.get(prefix).isEmpty()) {
                    throw new IllegalArgumentException(FILE + ":" + line + ": unknown code " + prefix);
                }
            }
            rows.add(new Row(cols[0], cols[1]));
        });
        return new SpecifyingFindings(rows);
    }

    /**
     * True if the code {@code specific} (title {@code specificTitle}) names the condition of the general code
     * {@code general} more specifically: a row pairs their prefixes and the titles name no opposite sides.
     */
    public boolean specifies(String specific, String specificTitle, String general, String generalTitle) {
        for (Row r : rows) {
            if (general.startsWith(r.general()) && specific.startsWith(r.specific())) {
                return !opposite(side(generalTitle), side(specificTitle));
            }
        }
        return false;
    }

    /** Whether a row names a general code the code begins with: else no code {@link #specifies} it. */
    public boolean hasGeneral(String general) {
        for (Row r : rows) {
            if (general.startsWith(r.general())) {
                return true;
            }
        }
        return false;
    }

    private static boolean opposite(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** "right" or "left" when the title names that side only, else null. */
    private static String side(String title) {
        List<String> words = List.of(title.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        boolean right = words.contains("right");
        boolean left = words.contains("left");
        return right == left ? null : right ? "right" : "left";
    }
}
