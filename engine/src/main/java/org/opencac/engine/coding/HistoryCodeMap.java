package org.opencac.engine.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.io.Resources;
import org.opencac.models.io.TsvRows;

/**
 * Maps a condition code to the history code that replaces it when the condition is a family member's
 * (Z80-Z84) or the patient's own past, resolved condition (Z85-Z87, or the code of what goes on: I25.2 for an
 * old infarction, J44.9 for the COPD of an exacerbation that is over, E1x.9 for the diabetes of a ketoacidosis
 * or hyperosmolar state that is over). Both tables are data:
 * {@code family_history_codes.tsv} and {@code personal_history_codes.tsv}, rows {@code from<TAB>to<TAB>note}
 * where {@code from} is a code prefix ("C50", "Q61.2") or a range of equal-length prefixes ("C18-C21").
 * The longest prefix wins; among nested ranges of one length, the innermost. {@code to} "-" means the
 * condition has no history code.
 */
public final class HistoryCodeMap {
    public static final String FAMILY = "assertion/family_history_codes.tsv";
    public static final String PERSONAL = "assertion/personal_history_codes.tsv";
    /** Personal-history code (Z85-Z87) said of a relative -> the family-history code of the same condition. */
    public static final String FAMILY_FROM_PERSONAL = "assertion/family_from_personal_history.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9A-Z]{1,2}(\\.?[0-9A-Z]{1,4})?");
    private static final Pattern HISTORY_CODE = Pattern.compile("(Z8[0-7]|I25|J44|E0[89]|E1[013])\\.[0-9A-Z]{1,4}|-");

    private final List<Entry> family;
    private final List<Entry> personal;
    private final List<Entry> familyFromPersonal;

    /** One row: [from, to] on bare codes (no dot) of one length, mapped to a history code or null. */
    private record Entry(String from, String to, String target, int line) {
        boolean matches(String bare) {
            // compared in place: every row is asked about every code looked up
            return bare.length() >= from.length() && compareHead(bare, from) >= 0 && compareHead(bare, to) <= 0;
        }

        /** {@code bare}'s first {@code s.length()} characters against {@code s}, as compareTo orders them. */
        private static int compareHead(String bare, String s) {
            for (int i = 0; i < s.length(); i++) {
                int d = bare.charAt(i) - s.charAt(i);
                if (d != 0) {
                    return d;
                }
            }
            return 0;
        }

        boolean contains(Entry o) {
            return from.length() == o.from.length() && from.compareTo(o.from) <= 0 && to.compareTo(o.to) >= 0;
        }

        boolean overlaps(Entry o) {
            return from.length() == o.from.length() && from.compareTo(o.to) <= 0 && o.from.compareTo(to) <= 0;
        }
    }

    private HistoryCodeMap(List<Entry> family, List<Entry> personal, List<Entry> familyFromPersonal) {
        this.family = family;
        this.personal = personal;
        this.familyFromPersonal = familyFromPersonal;
    }

    /** The bundled tables. */
    public static HistoryCodeMap standard() {
        return new HistoryCodeMap(readBundled(FAMILY), readBundled(PERSONAL), readBundled(FAMILY_FROM_PERSONAL));
    }

    /** Tables read from two streams; {@code name}s are used in error messages. */
    public static HistoryCodeMap read(InputStream familyTsv, String familyName, InputStream personalTsv,
                                      String personalName) throws IOException {
        return new HistoryCodeMap(read(familyTsv, familyName), read(personalTsv, personalName), List.of());
    }

    /** The family-history code for a family member's condition, e.g. C50.911 gives Z80.3. */
    public Optional<String> familyHistoryCode(String conditionCode) {
        return lookup(family, conditionCode);
    }

    /** The personal-history code for the patient's past condition, e.g. C50.911 gives Z85.3. */
    public Optional<String> personalHistoryCode(String conditionCode) {
        return lookup(personal, conditionCode);
    }

    /**
     * The billable code of the code set that reports the patient's past condition ({@link #personalHistoryCode}),
     * e.g. S72.001A gives Z87.81; empty when the condition has none or its history code is not billable there.
     */
    public Optional<Code> billablePersonalHistoryCode(String conditionCode, CodeSet codeSet) {
        return personalHistoryCode(conditionCode).flatMap(codeSet::get).filter(Code::billable);
    }

    /**
     * The family-history code for a personal-history code said of a relative, e.g. Z85.3 (breast) gives
     * Z80.3; empty when the relative's condition has no family-history code.
     */
    public Optional<String> familyCodeForPersonalHistory(String personalHistoryCode) {
        return lookup(familyFromPersonal, personalHistoryCode);
    }

    /**
     * The one condition category or code (with a dot where it has one) whose past form is this personal-history
     * code, e.g. Z85.3 gives C50; empty when several rows or a range of categories give it (Z85.44: vulva,
     * vagina and other female genital organs), so the condition cannot be told from the history code alone.
     */
    public Optional<String> conditionOfPersonalHistory(String historyCode) {
        String found = null;
        for (Entry e : personal) {
            if (historyCode.equals(e.target())) {
                if (found != null || !e.from().equals(e.to())) {
                    return Optional.empty();
                }
                found = e.from().length() > 3 ? e.from().substring(0, 3) + "." + e.from().substring(3) : e.from();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every history code the tables can give, with dots. */
    public Set<String> targetCodes() {
        Set<String> out = new TreeSet<>();
        for (List<Entry> table : List.of(family, personal, familyFromPersonal)) {
            table.stream().map(Entry::target).filter(t -> t != null).forEach(out::add);
        }
        return out;
    }

    private static Optional<String> lookup(List<Entry> entries, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String bare = bare(code);
        Entry best = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.matches(bare) && (best == null || e.from().length() > best.from().length() || best.contains(e))) {
                best = e;
            }
        }
        return best == null ? Optional.empty() : Optional.ofNullable(best.target());
    }

    private static String bare(String code) {
        return code.trim().toUpperCase(Locale.ROOT).replace(".", "");
    }

    private static List<Entry> readBundled(String relative) {
        try (InputStream in = Resources.bundled(relative)) {
            return read(in, relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    private static List<Entry> read(InputStream in, String name) {
        List<Entry> entries = new ArrayList<>();
        TsvRows.read(in, name, cols -> String.join("\t", cols).equals("from\tto\tnote"), "from<TAB>to<TAB>note",
                (cols, lineNo) -> {
                    Entry e = parse(cols, name, lineNo);
                    for (Entry o : entries) {
                        if (e.overlaps(o) && !e.contains(o) && !o.contains(e)) {
                            throw new IllegalArgumentException(name + " line " + lineNo + ": range overlaps line "
                                    + o.line() + " without nesting in it");
                        }
                    }
                    entries.add(e);
                });
        return List.copyOf(entries);
    }

    private static Entry parse(String[] cols, String name, int lineNo) {
        if (cols.length != 3) {
            throw bad(name, lineNo, "expected 3 tab-separated columns (from, to, note), found " + cols.length);
        }
        String[] range = cols[0].trim().split("-", -1);
        if (range.length > 2 || !CODE.matcher(range[0]).matches()
                || (range.length == 2 && !CODE.matcher(range[1]).matches())) {
            throw bad(name, lineNo, "bad code or range '" + cols[0] + "'");
        }
        String from = bare(range[0]);
        String to = range.length == 2 ? bare(range[1]) : from;
        if (from.length() != to.length() || from.compareTo(to) > 0) {
            throw bad(name, lineNo, "range '" + cols[0] + "' must run low to high over codes of one length");
        }
        String target = cols[1].trim();
        if (!HISTORY_CODE.matcher(target).matches()) {
            throw bad(name, lineNo, "'" + target + "' is not a history code (Z80-Z87, I25.x, J44.x or E08-E13.x, with its dot) or '-'");
        }
        return new Entry(from, to, target.equals("-") ? null : target, lineNo);
    }

    private static IllegalArgumentException bad(String name, int lineNo, String problem) {
        return new IllegalArgumentException(name + " line " + lineNo + ": " + problem);
    }
}
