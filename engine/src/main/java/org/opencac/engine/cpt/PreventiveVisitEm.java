package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.opencac.engine.DataFiles;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/**
 * The preventive medicine E/M code of a visit whose reason names a preventive service
 * ({@link EncounterPlace#preventiveCue}): chosen by the patient's age ({@link PatientAge}) among the bands of
 * {@code preventive_age_bands.tsv} and by new or established patient. Where the age or the patient type is not
 * documented a query asks for it, listing the codes it would choose between.
 */
final class PreventiveVisitEm {
    private static final String FILE = "/org/opencac/engine/cpt/preventive_age_bands.tsv";
    private static final List<Band> BANDS = load();

    /** One age band: its new and established patient codes, for ages {@code fromMonths} to {@code toMonths}. */
    record Band(String newCode, String establishedCode, int fromMonths, int toMonths) {
        Band {
            if (fromMonths < 0 || toMonths < fromMonths) {
                throw new IllegalArgumentException("bad age band " + fromMonths + "-" + toMonths);
            }
        }
    }

    private PreventiveVisitEm() {
    }

    private static List<Band> load() {
        List<Band> out = new ArrayList<>();
        for (String[] c : DataFiles.table(FILE, 4, 4)) {
            try {
                out.add(new Band(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3])));
            } catch (RuntimeException e) {
                throw new IllegalStateException(FILE + ": bad line '" + String.join("\t", c) + "'", e);
            }
        }
        return List.copyOf(out);
    }

    /** The band of an age in months, or null when none holds it. */
    static Band band(int months) {
        return BANDS.stream().filter(b -> months >= b.fromMonths() && months <= b.toMonths()).findFirst().orElse(null);
    }

    /**
     * The preventive code added to {@code out}, or a query added to {@code queries} when the age or the patient type
     * is not documented.
     *
     * @param typeCue the new or established patient phrase written ("since the last visit"), or null when the note
     *                gives neither or both
     * @param isNew   whether {@code typeCue} says a new patient
     */
    static void code(String text, EncounterPlace.Cue cue, OptionalInt months, String typeCue, boolean isNew,
                     CptCodeSet codes, double score, List<Suggestion> out, List<DocumentationQuery> queries) {
        EvidenceSpan ev = new EvidenceSpan(cue.start(), cue.end(), text.substring(cue.start(), cue.end()), "unknown",
                false, "present", "patient");
        Band b = months.isPresent() ? band(months.getAsInt()) : null;
        if (b == null) {
            List<String> options = new ArrayList<>();
            BANDS.forEach(x -> options.add(x.newCode()));
            BANDS.forEach(x -> options.add(x.establishedCode()));
            queries.add(new DocumentationQuery(BANDS.get(0).establishedCode(), "patient age", "The note names a preventive"
                    + " medicine visit but not the patient's age, which chooses its code: how old is the patient?",
                    options, List.of(ev)));
            return;
        }
        if (typeCue == null) {
            queries.add(new DocumentationQuery(b.establishedCode(), "patient type", "The note names a preventive medicine"
                    + " visit but does not say whether the patient is new or established: which is it?",
                    List.of(b.newCode(), b.establishedCode()), List.of(ev)));
            return;
        }
        String code = isNew ? b.newCode() : b.establishedCode();
        int m = months.getAsInt();
        List<String> why = List.of("Preventive medicine visit: \"" + ev.text() + "\"",
                "Age: " + (m < 24 ? m + " months" : m / 12 + " years") + " (band of " + b.fromMonths() + " to "
                        + b.toMonths() + " months)",
                (isNew ? "New" : "Established") + " patient: \"" + typeCue + "\"");
        codes.description(code).ifPresent(d -> out.add(new Suggestion(code, d, true, score, List.of(ev), why, true,
                CodeSystem.CPT, codes.version().label(), 1)));
    }
}
