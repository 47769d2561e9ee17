package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A finding of the operation that names the statement's general diagnosis more specifically, in a category the
 * Tabular sends it to (internal derangement of the knee, M23, excludes the current injury, S83): it is coded, and
 * the general code gives way to it.
 */
class FindingThatSpecifiesTheStatementTest {

    private static boolean has(CodingResult r, String prefix) {
        return r.suggestions().stream().anyMatch(s -> s.code().startsWith(prefix));
    }

    @Test
    void meniscusTearFoundReplacesTheStatedInternalDerangement() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Internal derangement, right knee.,"
                + "POSTOPERATIVE DIAGNOSIS: Internal derangement, right knee.,PROCEDURE: Arthroscopy of the right knee."
                + ",FINDINGS: A displaced bucket-handle tear of the medial meniscus of the right knee was seen.");
        assertTrue(has(r, "S83.211"), r.suggestions().toString());
        assertTrue(!has(r, "M23.9"), r.suggestions().toString());
    }

    @Test
    void tearOfTheOtherKneeDoesNotReplaceIt() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Internal derangement, right knee.,"
                + "POSTOPERATIVE DIAGNOSIS: Internal derangement, right knee.,PROCEDURE: Arthroscopy of the right knee."
                + ",FINDINGS: An old film showed a bucket-handle tear of the medial meniscus of the left knee.");
        assertTrue(has(r, "M23.91"), r.suggestions().toString());
        assertTrue(!has(r, "S83.212"), r.suggestions().toString());
    }

    @Test
    void findingOfAnotherConditionStaysProcedureOnly() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Internal derangement, right knee.,"
                + "POSTOPERATIVE DIAGNOSIS: Internal derangement, right knee.,PROCEDURE: Arthroscopy of the right knee."
                + ",FINDINGS: Chondromalacia of the patella was seen.");
        assertTrue(has(r, "M23.91"), r.suggestions().toString());
        assertTrue(!has(r, "M22.4"), r.suggestions().toString());
    }
}
