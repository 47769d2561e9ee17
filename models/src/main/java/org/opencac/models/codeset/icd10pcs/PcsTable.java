package org.opencac.models.codeset.icd10pcs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One ICD-10-PCS table: the first three characters (section, body system, root operation or type)
 * and its rows.
 *
 * @param prefix       the three characters, e.g. "0DT"
 * @param section      label of character 1, e.g. "Medical and Surgical"
 * @param bodySystem   label of character 2, e.g. "Gastrointestinal System"
 * @param operation    label of character 3, e.g. "Resection"
 * @param definition   the table's definition of character 3 (may be empty)
 * @param axisTitles   titles of characters 4 to 7 in this section, e.g. "Body Part", "Approach"
 * @param rows         the rows
 */
public record PcsTable(String prefix, String section, String bodySystem, String operation, String definition,
                       List<String> axisTitles, List<PcsRow> rows) {
    public PcsTable {
        if (prefix.length() != 3) {
            throw new IllegalArgumentException("a PCS table prefix has 3 characters: " + prefix);
        }
        axisTitles = List.copyOf(axisTitles);
        rows = List.copyOf(rows);
    }

    /** The distinct values of character {@code position} over all rows, in table order. */
    public List<PcsValue> values(int position) {
        Set<PcsValue> out = new LinkedHashSet<>();
        rows.forEach(r -> out.addAll(r.values(position)));
        return List.copyOf(out);
    }

    /** The rows a 4- to 7-character code fits. */
    public List<PcsRow> rowsFitting(String code) {
        return rows.stream().filter(r -> r.fits(code)).toList();
    }

    /** The label of character {@code position} = {@code ch} in any row. */
    public Optional<String> label(int position, char ch) {
        for (PcsRow r : rows) {
            Optional<PcsValue> v = r.value(position, ch);
            if (v.isPresent()) {
                return Optional.of(v.get().label());
            }
        }
        return Optional.empty();
    }
}
