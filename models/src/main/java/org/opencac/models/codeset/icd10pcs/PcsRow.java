package org.opencac.models.codeset.icd10pcs;

import java.util.List;
import java.util.Optional;

/**
 * One row of a PCS table: the values of characters 4 to 7 that may be combined with each other
 * (every combination of a row is a valid code).
 *
 * @param axes four lists: body part, approach, device, qualifier (or the section's names for them)
 */
public record PcsRow(List<List<PcsValue>> axes) {
    public PcsRow {
        if (axes.size() != 4) {
            throw new IllegalArgumentException("a PCS row has 4 axes (characters 4-7), got " + axes.size());
        }
        axes = axes.stream().map(List::copyOf).toList();
    }

    /** The values of character {@code position} (4 to 7). */
    public List<PcsValue> values(int position) {
        return axes.get(position - 4);
    }

    /** Whether this row allows {@code ch} as character {@code position}. */
    public boolean allows(int position, char ch) {
        return value(position, ch).isPresent();
    }

    public Optional<PcsValue> value(int position, char ch) {
        return values(position).stream().filter(v -> v.code() == ch).findFirst();
    }

    /** Whether the characters 4.. of {@code code} (a 4- to 7-character code) fit this row. */
    public boolean fits(String code) {
        for (int p = 4; p <= code.length(); p++) {
            if (!allows(p, code.charAt(p - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Number of codes the row expands to. */
    public long size() {
        long n = 1;
        for (List<PcsValue> a : axes) {
            n *= a.size();
        }
        return n;
    }
}
