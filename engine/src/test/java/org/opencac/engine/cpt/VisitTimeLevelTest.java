package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.cpt.CptNotes.code;
import static org.opencac.engine.cpt.CptNotes.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;

/**
 * The total time stated raises a visit's E/M level to the one that time meets (visit_time_levels.tsv); critical care
 * time with a critical illness named is critical care (99291, 99292 per further half hour), never the visit's E/M.
 */
class VisitTimeLevelTest {
    private static final String LOW_PLAN = "Assessment and Plan:\nHypertension, stable. Continue lisinopril 10 mg daily.\n";

    @Test
    void anOfficeVisitsTotalTimeRaisesItsLevel() {
        assertEquals(List.of("99213"), codes("Established patient follow-up.\n" + LOW_PLAN));
        assertEquals(List.of("99215"), codes("Established patient follow-up.\n" + LOW_PLAN
                + "Total time spent with the patient today was 45 minutes.\n"));
    }

    @Test
    void aTimeBelowTheMdmLevelLeavesTheMdmLevel() {
        assertEquals(List.of("99213"), codes("Established patient follow-up.\n" + LOW_PLAN
                + "I spent 12 minutes with her.\n"));
    }

    @Test
    void minutesWithoutATimeSpentWordAreNoVisitTime() {
        assertEquals(List.of("99213"), codes("Established patient follow-up.\nThe chest pressure lasted 50 minutes.\n"
                + LOW_PLAN));
    }

    @Test
    void anAdmissionsTotalTimeRaisesInitialHospitalCare() {
        assertEquals(List.of("99222"), codes("Reason for admission:\nWeakness.\nHistory of present illness:\nAn older man"
                + " with weakness.\n" + LOW_PLAN + "Time spent on the admission was 60 minutes.\n"));
    }

    @Test
    void criticalCareTimeWithACriticalIllnessIsCriticalCareByItsMinutes() {
        String note = "Subjective:\nHospital day 2 in the unit. She remains intubated for respiratory failure.\n" + LOW_PLAN;
        assertEquals(List.of("99291"), codes(note + "Critical care time spent today was 40 minutes.\n"));
        SystemResult longer = code(note + "Critical care time spent today was 110 minutes.\n");
        assertEquals(List.of("99291", "99292"), longer.suggestions().stream().map(Suggestion::code).toList());
        assertEquals(2, longer.suggestions().get(1).units());
    }

    @Test
    void criticalCareTimeUnderThirtyMinutesKeepsTheVisitsCode() {
        assertEquals(List.of("99231"), codes("Subjective:\nHospital day 2. She remains intubated.\n" + LOW_PLAN
                + "Critical care time spent today was 20 minutes.\n"));
    }

    @Test
    void criticalCareTimeWithNoCriticalIllnessIsAQuery() {
        SystemResult r = code("Subjective:\nHospital day 2. She feels better.\n" + LOW_PLAN
                + "Critical care time spent today was 40 minutes.\n");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().equals("99291")), r.suggestions().toString());
        assertTrue(r.queries().stream().anyMatch(q -> q.missing().equals("critical illness")), r.queries().toString());
    }

    @Test
    void addedCriticalCareUnitsStartPastTheFirstSpan() {
        assertEquals(0, CriticalCareEm.addedUnits(74, 74, 30));
        assertEquals(1, CriticalCareEm.addedUnits(75, 74, 30));
        assertEquals(1, CriticalCareEm.addedUnits(104, 74, 30));
        assertEquals(2, CriticalCareEm.addedUnits(105, 74, 30));
    }
}
