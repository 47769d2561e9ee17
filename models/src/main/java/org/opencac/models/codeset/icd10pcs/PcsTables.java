package org.opencac.models.codeset.icd10pcs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opencac.models.codeset.CodeSetVersion;

/**
 * The ICD-10-PCS tables of one release: the authority on which codes are valid. A 7-character code
 * is valid when one row of its table allows all of characters 4 to 7; a shorter code (4 to 6
 * characters) is a valid <em>prefix</em> when a row allows the characters it has.
 */
public final class PcsTables {
    private final CodeSetVersion version;
    private final Map<String, PcsTable> byPrefix;

    public PcsTables(CodeSetVersion version, Collection<PcsTable> tables) {
        this.version = version;
        Map<String, PcsTable> m = new TreeMap<>();
        for (PcsTable t : tables) {
            if (m.put(t.prefix(), t) != null) {
                throw new IllegalArgumentException("two PCS tables with prefix " + t.prefix());
            }
        }
        this.byPrefix = Map.copyOf(m);
    }

    public CodeSetVersion version() {
        return version;
    }

    public Optional<PcsTable> table(String prefix) {
        return prefix.length() < 3 ? Optional.empty()
                : Optional.ofNullable(byPrefix.get(prefix.substring(0, 3).toUpperCase(Locale.ROOT)));
    }

    public List<PcsTable> tables() {
        return byPrefix.values().stream().sorted((a, b) -> a.prefix().compareTo(b.prefix())).toList();
    }

    /** Whether {@code code} is a complete (7-character) code valid in its table. */
    public boolean isValid(String code) {
        return code != null && code.length() == 7 && isValidPrefix(code);
    }

    /** Whether {@code code} (3 to 7 characters) is a valid code or the beginning of one. */
    public boolean isValidPrefix(String code) {
        if (code == null || code.length() < 3 || code.length() > 7) {
            return false;
        }
        String c = code.toUpperCase(Locale.ROOT);
        return table(c).map(t -> c.length() == 3 || !t.rowsFitting(c).isEmpty()).orElse(false);
    }

    /** A readable title: the labels of each character, e.g. "Resection of Appendix, Open Approach". */
    public Optional<String> describe(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        Optional<PcsTable> t = table(c);
        if (t.isEmpty() || !isValidPrefix(c)) {
            return Optional.empty();
        }
        PcsTable table = t.get();
        List<String> parts = new ArrayList<>();
        parts.add(table.operation());
        List<PcsRow> rows = table.rowsFitting(c);
        for (int p = 4; p <= c.length(); p++) {
            int pos = p;
            String label = rows.get(0).value(pos, c.charAt(p - 1)).map(PcsValue::label).orElse("?");
            if (!label.startsWith("No ") && !label.equals("None")) {
                parts.add(label);
            }
        }
        String head = table.section().equals("Medical and Surgical") ? "" : table.section() + ": ";
        return Optional.of(head + parts.get(0) + (parts.size() > 1 ? " of " + String.join(", ", parts.subList(1, parts.size())) : "")
                + " (" + table.bodySystem() + ")");
    }

    /** Number of valid 7-character codes (the sum of the rows' expansions). */
    public long codeCount() {
        return byPrefix.values().stream().flatMap(t -> t.rows().stream()).mapToLong(PcsRow::size).sum();
    }

    public int tableCount() {
        return byPrefix.size();
    }
}
