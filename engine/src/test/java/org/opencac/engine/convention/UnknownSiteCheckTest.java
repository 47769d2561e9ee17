package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.CandidateDocs.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;

class UnknownSiteCheckTest {

    private static Document withCandidates(CodeCandidate... c) {
        return Document.of(new Note("x", CareSetting.INPATIENT)).withCandidates(List.of(c));
    }

    private static CodeCandidate cand(String code, double score, int mention) {
        return new CodeCandidate(code, "title of " + code, score, List.of(mention), List.of("Index: test"));
    }

    @Test
    void aMalignancyWithoutSiteGivesWayToTheDocumentedSiteInTheEarlierPlace() {
        Document d = UnknownSiteCheck.standard().process(withCandidates(
                cand("C80.1", 0.8, 0), cand("I10", 0.8, 1), cand("C64.9", 0.7, 2)));
        assertEquals(List.of("C64.9", "I10"), codes(d));
        CodeCandidate kept = d.candidates().get(0);
        assertEquals(List.of(0, 2), kept.mentions());
        assertEquals(0.8, kept.score());
        assertEquals("C80.1", kept.alternatives().get(0).code());
        assertTrue(kept.alternatives().get(0).reason().contains("C64.9"), kept.alternatives().toString());
    }

    @Test
    void aDisseminatedCancerGivesWayToADocumentedPrimaryOrSecondarySite() {
        Document d = UnknownSiteCheck.standard().process(withCandidates(cand("C45.0", 0.8, 0), cand("C80.0", 0.7, 1)));
        assertEquals(List.of("C45.0"), codes(d));
        assertEquals("C80.0", d.candidates().get(0).alternatives().get(0).code());
        d = UnknownSiteCheck.standard().process(withCandidates(cand("C80.0", 0.8, 0), cand("C78.6", 0.7, 1)));
        assertEquals(List.of("C78.6"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("C80.0", 0.8, 0), cand("I10", 0.7, 1)));
        assertEquals(List.of("C80.0", "I10"), codes(d));
    }

    @Test
    void aHeadAndNeckCancerWithoutSiteGivesWayToItsPrimarySiteButNotToACancerElsewhere() {
        // "head and neck cancer" (C76.0) is the larynx cancer the note also codes at its site
        Document d = UnknownSiteCheck.standard().process(withCandidates(cand("C76.0", 0.8, 0), cand("C32.9", 0.7, 1)));
        assertEquals(List.of("C32.9"), codes(d));
        assertEquals("C76.0", d.candidates().get(0).alternatives().get(0).code());
        // a colon cancer is not the head and neck cancer
        d = UnknownSiteCheck.standard().process(withCandidates(cand("C76.0", 0.8, 0), cand("C18.9", 0.7, 1)));
        assertEquals(List.of("C76.0", "C18.9"), codes(d));
    }

    @Test
    void aSecondaryWithoutSiteGivesWayToASecondarySiteButNotToAPrimary() {
        Document d = UnknownSiteCheck.standard().process(withCandidates(cand("C79.9", 0.8, 0), cand("C61", 0.8, 1)));
        assertEquals(List.of("C79.9", "C61"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("C79.9", 0.8, 0), cand("C79.51", 0.8, 1)));
        assertEquals(List.of("C79.51"), codes(d));
    }

    @Test
    void aNeoplasmOfUnspecifiedBehaviorGivesWayToTheSameSiteOfDocumentedBehaviorOnly() {
        Document d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.6", 0.8, 0), cand("C79.31", 0.7, 1)));
        assertEquals(List.of("C79.31"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.6", 0.8, 0), cand("C67.9", 0.7, 1)));
        assertEquals(List.of("D49.6", "C67.9"), codes(d));
    }

    @Test
    void aMouthOrSalivaryTumorOfUnspecifiedBehaviorGivesWayToItsDocumentedBehavior() {
        // the digestive system of D49.0 includes the lip, mouth, pharynx and salivary glands
        Document d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.0", 0.8, 0), cand("C08.0", 0.7, 1)));
        assertEquals(List.of("C08.0"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.0", 0.8, 0), cand("D11.0", 0.7, 1)));
        assertEquals(List.of("D11.0"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.0", 0.8, 0), cand("C73", 0.7, 1)));
        assertEquals(List.of("D49.0", "C73"), codes(d));
    }

    @Test
    void aKidneyTumorOfUnspecifiedBehaviorGivesWayToTheSameSideOnly() {
        Document d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.512", 0.8, 0), cand("C64.2", 0.7, 1)));
        assertEquals(List.of("C64.2"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.512", 0.8, 0), cand("C64.1", 0.7, 1)));
        assertEquals(List.of("D49.512", "C64.1"), codes(d));
    }

    @Test
    void aSoftTissueOrEndocrineTumorOfUnspecifiedBehaviorGivesWayToItsOrgansOnly() {
        Document d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.2", 0.8, 0), cand("C49.4", 0.7, 1)));
        assertEquals(List.of("C49.4"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.7", 0.8, 0), cand("C74.90", 0.7, 1)));
        assertEquals(List.of("C74.90"), codes(d));
        d = UnknownSiteCheck.standard().process(withCandidates(cand("D49.7", 0.8, 0), cand("C18.9", 0.7, 1)));
        assertEquals(List.of("D49.7", "C18.9"), codes(d));
    }

    @Test
    void aDefaultAloneIsKept() {
        Document in = withCandidates(cand("C80.1", 0.8, 0), cand("I10", 0.8, 1));
        assertSame(in, UnknownSiteCheck.standard().process(in));
    }

    @Test
    void aMalformedSiteRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnknownSiteCheck.Rule("C80.1", List.of("C0-C76"), "x"));
    }
}
