package org.opencac.engine.cpt;

import java.util.List;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/**
 * Critical care of a hospital or emergency department note that states its critical care time
 * ({@link VisitTime#criticalCareMinutes}) and names a critical illness ({@link VisitTime#criticalIllness}): the first
 * critical care code (99291) from the least time on, and one added code (99292) for each further span of minutes
 * past the first code's (CPT critical care guidelines: time below the least is reported with the visit's E/M code).
 */
final class CriticalCareEm {
    static final String FIRST = "99291";
    static final String ADDED = "99292";

    private CriticalCareEm() {
    }

    /**
     * The number of added critical care codes {@code minutes} take: one from {@code firstSpan} + 1 minutes on, one
     * more at each further {@code added} minutes.
     */
    static int addedUnits(int minutes, int firstSpan, int added) {
        return minutes <= firstSpan ? 0 : (minutes - firstSpan - 1) / added + 1;
    }

    /** The critical care codes of the critical care {@code time} stated, with its minutes as their evidence, added to {@code out}. */
    static void code(String text, VisitTime.Stated time, int firstSpan, int added, CptCodeSet codes, double score,
                     List<Suggestion> out) {
        int minutes = time.minutes();
        EvidenceSpan ev = new EvidenceSpan(time.start(), time.end(), text.substring(time.start(), time.end()), "unknown",
                false, "present", "patient");
        List<String> why = List.of("Critical care time stated: " + minutes + " minutes, with a critical illness named in"
                + " the note; critical care replaces the visit's E/M code (the coder checks the time excludes separately"
                + " reported procedures)");
        codes.description(FIRST).ifPresent(d -> out.add(new Suggestion(FIRST, d, true, score, List.of(ev), why, true,
                CodeSystem.CPT, codes.version().label(), 1)));
        int units = addedUnits(minutes, firstSpan, added);
        if (units > 0) {
            codes.description(ADDED).ifPresent(d -> out.add(new Suggestion(ADDED, d, true, score, List.of(ev), why, false,
                    CodeSystem.CPT, codes.version().label(), units)));
        }
    }
}
