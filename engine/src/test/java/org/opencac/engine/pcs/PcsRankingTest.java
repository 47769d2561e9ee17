package org.opencac.engine.pcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;

/** How the PCS plug-in ranks its codes and which characters it leaves to a provider query (team-written sentences). */
class PcsRankingTest {

    private static Suggestion find(SystemResult r, String code) {
        return r.suggestions().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not suggested: "
                        + r.suggestions().stream().map(Suggestion::code).toList()));
    }

    @Test
    void anOperationWordThatNamesNoOrganRanksBelowAnOrganNamingWord() {
        // both codes stop at the approach (none documented): only the way the body part was found differs
        SystemResult r = PcsTestPipeline.code("The gallbladder was removed by cholecystectomy. "
                + "A resection of the liver was also carried out.");
        Suggestion named = find(r, "0FT4");
        Suggestion read = find(r, "0FT0");
        double factor = PcsWeights.standard().get(PcsWeights.FACTOR_OPERATION_BODY_PART_READ);
        assertTrue(factor < 1.0);
        assertEquals(named.score() * factor, read.score(), 1e-9);
        List<String> order = r.suggestions().stream().map(Suggestion::code).toList();
        assertTrue(order.indexOf("0FT4") < order.indexOf("0FT0"), order.toString());
        assertTrue(read.rationale().stream().anyMatch(w -> w.contains("names only the root operation")),
                read.rationale().toString());
    }

    @Test
    void anImagingWordIsNotScaledForReadingItsRegion() {
        // imaging words never name the region: the factor is for root-operation words only
        SystemResult r = PcsTestPipeline.code("An ultrasound of the abdomen was performed.");
        Suggestion s = find(r, "BW40ZZZ");
        assertEquals(PcsWeights.standard().get(PcsWeights.SCORE_COMPLETE), s.score(), 1e-9);
    }

    @Test
    void anIntubationWithoutAnApproachWordIsQueriedForTheApproach() {
        SystemResult r = PcsTestPipeline.code("The patient was sedated and an orotracheal intubation was done.");
        Suggestion s = find(r, "0BH1");
        assertFalse(s.billable());
        assertTrue(r.queries().stream().anyMatch(q -> q.code().equals("0BH1") && q.missing().equals("approach")),
                r.queries().toString());
    }

    @Test
    void aFiberopticIntubationIsEndoscopic() {
        SystemResult r = PcsTestPipeline.code("A fiberoptic orotracheal intubation was done under sedation.");
        assertTrue(find(r, "0BH18EZ").billable());
    }

    @Test
    void bothEyesCodedForAnUnsidedFundusExaminationRankBelowADocumentedSide() {
        // the fundus examination names no side: both eyes are coded (guideline B4.3), each at a lower score
        SystemResult r = PcsTestPipeline.code("Eye fundus examination was normal. "
                + "An ultrasound of the right kidney was performed.");
        double factor = PcsWeights.standard().get(PcsWeights.FACTOR_SIDE_INFERRED);
        assertTrue(factor < 1.0);
        assertEquals(find(r, "BT41ZZZ").score() * factor, find(r, "08J0XZZ").score(), 1e-9);
        assertEquals(find(r, "08J0XZZ").score(), find(r, "08J1XZZ").score(), 1e-9);
    }

    @Test
    void aSideWrittenNextToTheExaminationIsNotScaled() {
        SystemResult r = PcsTestPipeline.code("Fundus examination of the left eye was normal.");
        assertEquals(PcsWeights.standard().get(PcsWeights.SCORE_COMPLETE), find(r, "08J1XZZ").score(), 1e-9);
    }
}
