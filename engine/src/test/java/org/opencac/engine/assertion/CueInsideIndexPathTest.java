package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;

class CueInsideIndexPathTest {

    private static MentionOutcome mentionWith(CodingResult r, String word) {
        return r.mentions().stream().filter(m -> m.text().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
    }

    @Test
    void aTimeCueAnIndexPathReadAcrossStillMakesItsConditionPast() {
        CodingResult r = outpatient("She had gestational diabetes during her previous pregnancy.");
        assertEquals("historical", mentionWith(r, "gestational").assertion());
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("O24")), r.suggestions().toString());
    }

    @Test
    void aCueThatIsPartOfADictionaryTermLeavesTheTermAsWritten() {
        CodingResult r = outpatient("Major depressive disorder, recurrent, in partial remission.");
        assertFalse(r.suggestions().isEmpty(), r.mentions().toString());
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("F33")), r.suggestions().toString());
    }

    @Test
    void aLikelihoodAfterACopulaInsideAGatheredPathMakesThePredicateUncertain() {
        CodingResult r = outpatient("His low back pain is probably a muscle strain.");
        assertEquals("uncertain", mentionWith(r, "strain").assertion());
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("S39")), r.suggestions().toString());
    }

    @Test
    void theSubjectBeforeTheLikelyDiagnosisStaysEstablished() {
        CodingResult r = outpatient("His knee pain is likely a meniscal tear.");
        MentionOutcome pain = r.mentions().stream().filter(m -> m.text().equals("knee pain")).findFirst().orElse(null);
        if (pain != null) {
            assertEquals("present", pain.assertion());
        }
    }

    @Test
    void aLikelihoodBeforeTheMetastasisANeoplasmPathLedWithLeavesTheSecondarySiteUncertain() {
        for (String note : new String[] {"IMPRESSION: Lung lesion suggestive of metastasis.",
                "IMPRESSION: Hypodensity in the liver suspicious for metastasis."}) {
            CodingResult r = outpatient(note);
            assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("C7")), note + " -> " + r.suggestions());
            assertTrue(r.mentions().stream().filter(m -> m.text().endsWith("metastasis"))
                    .allMatch(m -> m.assertion().equals("uncertain")), r.mentions().toString());
        }
    }

    @Test
    void aLinkThatStatesTheMetastasisLeavesItsSecondarySiteCoded() {
        CodingResult r = outpatient("IMPRESSION: Lung nodules due to metastasis.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("C78.0")), r.suggestions().toString());
    }

    @Test
    void aLikelihoodBeforeTheWordThePathIsCodedFromLeavesThatCodeUncertain() {
        for (String note : new String[] {"PLAN: The cyst was removed and sent to rule on its potential malignancy.",
                "PROCEDURE: The nodule was excised to study the mass for possible malignancy."}) {
            CodingResult r = outpatient(note);
            assertTrue(r.suggestions().stream().noneMatch(s -> s.code().equals("C80.1")), note + " -> " + r.suggestions());
        }
    }

    @Test
    void aLikelihoodBeforeTheWordAPathIsSentOnFromLeavesTheSubtermReadThereUncertain() {
        CodingResult r = outpatient("IMPRESSION: Intermittent bleeding most likely from internal hemorrhoids.");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("K64")), r.suggestions().toString());
    }

    @Test
    void aLikelihoodBeforeTheMainTermAPathIsLedWithLeavesItsCodeUncertain() {
        CodingResult r = outpatient("FINDINGS: Enlarged axillary lymph glands suspicious for metastatic disease.");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("C77")), r.suggestions().toString());
    }

    @Test
    void aMainTermBeforeTheCueKeepsTheMentionAsWritten() {
        CodingResult r = outpatient("FINDINGS: Metastatic disease of the axillary lymph nodes, likely from the breast.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("C77")), r.suggestions().toString());
    }
}
