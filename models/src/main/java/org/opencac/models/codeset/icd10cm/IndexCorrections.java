package org.opencac.models.codeset.icd10cm;

import java.util.ArrayList;
import java.util.List;
import org.opencac.models.io.Resources;
import org.opencac.models.io.TsvRows;

/**
 * Codes of the FY2017 Alphabetic Index that a later Index prints otherwise for the same entry, where the code the
 * FY2017 Index printed is still valid, so the conversion table cannot carry it ({@code index_corrections.tsv}):
 * "Infarct, myocardium" was I21.3 until FY2018 created I21.9 for the infarction of no stated type, and the
 * Index has printed I21.9 there since. A row no entry matches fails at start-up, naming the file and line.
 */
public final class IndexCorrections {
    public static final String FILE = "data/icd10cm/index_corrections.tsv";

    /** One corrected entry: its path of titles (as {@link IndexEntry#path}), the code printed and the code now. */
    record Row(List<String> path, String printed, String code, int line) {
    }

    private final List<Row> rows;

    IndexCorrections(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The bundled rows; a malformed row fails naming the file and line. */
    public static IndexCorrections bundled() {
        List<Row> rows = new ArrayList<>();
        TsvRows.read(Resources.bundled(FILE), FILE, h -> h[0].equals("path"),
                "path<TAB>printed<TAB>code<TAB>source", (cols, line) -> {
                    if (cols.length != 4 || cols[3].isBlank()) {
                        throw new IllegalArgumentException(FILE + " line " + line
                                + ": path, printed code, code and source expected");
                    }
                    rows.add(new Row(List.of(cols[0].trim().split("\\s*>\\s*")), cols[1].trim(), cols[2].trim(), line));
                });
        return new IndexCorrections(rows);
    }

    /** The entries with each row's code in place of the code printed; a row that matches no entry fails. */
    public List<IndexEntry> apply(List<IndexEntry> entries) {
        List<IndexEntry> out = new ArrayList<>(entries);
        for (Row r : rows) {
            boolean found = false;
            for (int i = 0; i < out.size(); i++) {
                IndexEntry e = out.get(i);
                if (r.printed().equals(e.code()) && r.path().equals(e.path())) {
                    out.set(i, new IndexEntry(e.path(), e.modifiers(), r.code(), e.cells(), e.manif(), e.see(),
                            e.seeAlso()));
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException(FILE + " line " + r.line() + ": no entry " + r.path()
                        + " printing " + r.printed());
            }
        }
        return out;
    }
}
