package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/**
 * The emergency department E/M code of an ED visit's own note ({@link EncounterPlace#emergency}): levels 2 to 5
 * (99282-99285) are chosen by the same MDM levels as an office visit (CPT E/M guidelines since 2023), and need
 * no new or established patient. Level 1 (99281) may need no physician at all and is never suggested. Where the
 * MDM cannot be read the family is still suggested, at the level read, with a rationale and a query saying the
 * level needs the coder.
 */
final class EmergencyVisitEm {
    private static final String PREFIX = "9928";

    private EmergencyVisitEm() {
    }

    /** The ED code of MDM level {@code digit} (2 to 5), added to {@code out}, and a query when the level is not supported. */
    static void code(String text, EncounterPlace.Cue cue, MdmAssessment a, int digit, CptCodeSet codes, double score,
                     List<Suggestion> out, List<DocumentationQuery> queries) {
        String code = PREFIX + digit;
        EvidenceSpan ev = new EvidenceSpan(cue.start(), cue.end(), text.substring(cue.start(), cue.end()), "unknown",
                false, "present", "patient");
        List<String> why = new ArrayList<>();
        why.add("Emergency department visit: \"" + ev.text() + "\"");
        if (a.supported()) {
            why.addAll(a.reasons());
        } else {
            why.add("The note does not document the problems addressed or the management in a way the MDM level can be"
                    + " read from: the level (" + PREFIX + "2-" + PREFIX + "5) needs the coder");
            queries.add(new DocumentationQuery(code, "MDM level", "The note documents an emergency department visit but "
                    + "not the problems addressed or the management in a way the MDM level can be read from: which level"
                    + " is it?", List.of(PREFIX + 2, PREFIX + 3, PREFIX + 4, PREFIX + 5), List.of(ev)));
        }
        codes.description(code).ifPresent(d -> out.add(new Suggestion(code, d, true, score, List.of(ev), why, true,
                CodeSystem.CPT, codes.version().label(), 1)));
    }
}
