package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.cpt.CptNotes.code;
import static org.opencac.engine.cpt.CptNotes.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.SystemResult;

/**
 * A note with no assessment or plan section has its problems and management read outside its history and findings
 * (history_sections.txt): the drugs and problems the patient came with are no decision of the visit.
 */
class MdmWithoutPlanTest {
    @Test
    void aNoteWithNoPlanSectionHasNoManagementFromItsHistory() {
        SystemResult r = code("History of present illness:\nAn established patient with hypertension, stable, seen today;"
                + " her cardiologist started lisinopril last month.\nMedications:\nContinue lisinopril.\nPhysical examination:\nLungs clear.\n");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("992")), r.suggestions().toString());
        assertTrue(r.queries().stream().anyMatch(q -> q.code().startsWith("992")), r.queries().toString());
    }

    @Test
    void anUntitledNoteIsReadWhole() {
        assertEquals(List.of("99214"), codes("Established patient seen today. Hypertension is stable."
                + " Diabetes is stable. Continue lisinopril and metformin.\n"));
    }
}
