package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** B20 goes before the HIV-related condition the encounter is for, not before an unrelated one (team-written). */
class HivDiseaseBeforeItsConditionsTest {

    @Test
    void theHivDiseaseOfThePastHistoryLeadsTheOpportunisticInfectionTreated() {
        CodingResult r = code("PAST MEDICAL HISTORY: AIDS diagnosed ten years ago.\n"
                + "ASSESSMENT: Cryptococcal meningitis. Started on amphotericin.\n", CareSetting.INPATIENT);
        List<String> codes = NoteAssert.codes(r);
        assertEquals("B20", codes.get(0), codes.toString());
        assertTrue(r.suggestions().get(0).rationale().stream()
                .anyMatch(l -> l.contains("hiv-disease-before-its-conditions")), r.suggestions().get(0).rationale().toString());
    }

    @Test
    void anUnrelatedInjuryKeepsItsPlaceBeforeTheHivDisease() {
        CodingResult r = code("PAST MEDICAL HISTORY: AIDS diagnosed ten years ago.\n"
                + "ASSESSMENT: Closed fracture of the shaft of the left radius after a fall.\n", CareSetting.INPATIENT);
        List<String> codes = NoteAssert.codes(r);
        assertTrue(!codes.isEmpty() && !codes.get(0).equals("B20"), codes.toString());
    }
}
