package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A condition the operation found whose code a "code also" note of a statement's condition names (a peritoneal
 * abscess, K65, says code also the diverticular disease, K57.-): it is coded beside the statement's code, not
 * dropped as a sign seen while operating (Guidelines I.A.17).
 */
class CauseTheStatementsCodeAlsoNoteNamesTest {

    private static boolean has(CodingResult r, String prefix) {
        return r.suggestions().stream().anyMatch(s -> s.code().startsWith(prefix));
    }

    @Test
    void diverticulitisFoundBesideTheListedAbscessIsCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Pelvic pain.,POSTOPERATIVE DIAGNOSIS: Pelvic"
                + " abscess of the peritoneum.,PROCEDURE: Laparotomy with sigmoid resection.,DESCRIPTION: The pelvis"
                + " held pus walled off around a perforated sigmoid diverticulitis. The sigmoid colon was resected.");
        assertTrue(has(r, "K65.1"), r.suggestions().toString());
        assertTrue(has(r, "K57.2"), r.suggestions().toString());
    }

    @Test
    void diverticulitisFoundBesideAnUnrelatedStatementStaysProcedureOnly() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Ventral hernia.,POSTOPERATIVE DIAGNOSIS: Ventral"
                + " hernia.,PROCEDURE: Open ventral hernia repair.,DESCRIPTION: The sigmoid colon showed an old"
                + " perforated diverticulitis walled off in the pelvis. The hernia was repaired with mesh.");
        assertTrue(!has(r, "K57"), r.suggestions().toString());
    }
}
