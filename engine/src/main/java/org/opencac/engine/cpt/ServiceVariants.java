package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.DataFiles;

/**
 * The variant of a service's code that the note's documentation makes right ({@code service_variants.tsv}): a
 * complicated or multiple incision and drainage (10061 for 10060) where the note names a drain, packing or several
 * abscesses; a urinalysis with microscopy (81000 for 81002) where its sentence reads one. A variant with rows of its
 * own is read on, so a code chosen along two axes takes one step each (an epidural injection's spinal region, then
 * its imaging guidance). A word is read in the service's sentence, in the note's procedure sections (the whole note
 * when it has none: the imaging of the procedure done, not of an earlier one its history tells) or in the whole note.
 * A word negated in its clause ("without fluoroscopy", {@link CueNegation}) chooses nothing. A code without rows stays.
 */
record ServiceVariants(List<Row> rows) {
    private static final String FILE = "/org/opencac/engine/cpt/service_variants.tsv";
    static final ServiceVariants STANDARD = load();

    /** Where a row's word is read. */
    enum Scope { SENTENCE, PROCEDURE, NOTE }

    /** One row: {@code code} becomes {@code variant} where {@code word} is in the text of its {@code scope}. */
    record Row(String code, String variant, Scope scope, String word) {
    }

    ServiceVariants {
        rows = List.copyOf(rows);
        List<Row> all = rows;
        all.stream().map(Row::code).distinct().forEach(c -> checkNoLoop(all, List.of(c)));
    }

    static ServiceVariants load() {
        List<Row> out = new ArrayList<>();
        DataFiles.rows(FILE, "code\tvariant\tscope\tword", (c, lineNo) -> {
            if (c.length != 4 || !List.of("sentence", "procedure", "note").contains(c[2])) {
                throw new IllegalStateException(FILE + " line " + lineNo
                        + ": expected code<TAB>variant<TAB>sentence|procedure|note<TAB>word");
            }
            out.add(new Row(c[0], c[1], Scope.valueOf(c[2].toUpperCase(Locale.ROOT)), c[3].toLowerCase(Locale.ROOT)));
        });
        return new ServiceVariants(out);
    }

    /**
     * The code for the service {@code code} told in {@code sentence} of the note {@code lower} whose procedure
     * sections read {@code procedures} (all lower case; {@code procedures} empty where the note has none).
     */
    String codeFor(String code, String sentence, String procedures, String lower) {
        String chosen = code;
        for (String next = variantOf(chosen, sentence, procedures, lower); next != null;
             next = variantOf(chosen, sentence, procedures, lower)) {
            chosen = next;
        }
        return chosen;
    }

    /** The first variant of {@code code} one of whose words the text of its scope has, not negated; null if none. */
    private String variantOf(String code, String sentence, String procedures, String lower) {
        for (Row r : rows) {
            if (r.code().equals(code) && CueNegation.STANDARD.affirmedIn(textOf(r.scope(), sentence, procedures, lower),
                    r.word())) {
                return r.variant();
            }
        }
        return null;
    }

    private static String textOf(Scope scope, String sentence, String procedures, String lower) {
        return switch (scope) {
            case SENTENCE -> sentence;
            case PROCEDURE -> procedures.isEmpty() ? lower : procedures;
            case NOTE -> lower;
        };
    }

    /** Checks that no chain of variants from the last code of {@code path} leads back to a code of it (a loop). */
    private static void checkNoLoop(List<Row> rows, List<String> path) {
        String last = path.get(path.size() - 1);
        rows.stream().filter(r -> r.code().equals(last)).map(Row::variant).distinct().forEach(variant -> {
            if (path.contains(variant)) {
                throw new IllegalStateException(FILE + ": the variants of " + path.get(0) + " lead back to " + variant);
            }
            List<String> longer = new ArrayList<>(path);
            longer.add(variant);
            checkNoLoop(rows, longer);
        });
    }
}
