package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** A spinal level names its region, so a condition written beside it is read in that region. */
class SpinalRegionReadingTest {

    private static CodingResult code(String text) {
        return NoteAssert.codeChecked(text, CareSetting.INPATIENT);
    }

    @Test
    void aDiscHerniationAtALumbarLevelIsALumbarDiscHerniation() {
        CodingResult r = code("Postoperative diagnosis: disc herniation at L4-L5.");
        assertTrue(NoteAssert.codes(r).contains("M51.26"), NoteAssert.codes(r).toString());
    }

    @Test
    void aLevelWrittenWithoutItsSecondLetterStillNamesTheRegion() {
        CodingResult r = code("Assessment: degenerative disc disease at C5-6.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M50.3")), NoteAssert.codes(r).toString());
    }

    @Test
    void aLumbarConditionWrittenAtTheLumbosacralJunctionIsLumbosacral() {
        CodingResult r = code("Impression: lumbar disc herniation at L5-S1 with pain into the right buttock.");
        assertTrue(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M51.26"), NoteAssert.codes(r).toString());
    }

    @Test
    void aRegionWordOfAnotherRegionThanTheLevelsStaysAsWritten() {
        CodingResult r = code("Impression: cervical disc herniation; an old scar at L5-S1.");
        assertFalse(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
    }

    @Test
    void theJunctionOfTwoRegionsIsItsOwnRegion() {
        CodingResult r = code("Assessment: disc herniation at L5-S1.");
        assertTrue(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
    }

    @Test
    void levelsOfTwoRegionsNameNoRegion() {
        CodingResult r = code("Assessment: disc herniations at C5-6 and L4-5.");
        assertFalse(NoteAssert.codes(r).contains("M51.26"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M50")), NoteAssert.codes(r).toString());
    }

    @Test
    void oneCervicalLevelTakesTheCodeOfThatLevel() {
        CodingResult r = code("Preoperative diagnosis: disc herniation at C5-6.");
        assertTrue(NoteAssert.codes(r).contains("M50.222"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDiscDisorderWithRadiculopathyIsOneCombinationCodeAtItsLevel() {
        CodingResult r = code("Preoperative diagnosis: C5-C6 disc herniation with right arm radiculopathy.");
        assertTrue(NoteAssert.codes(r).contains("M50.122"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M54.1")), NoteAssert.codes(r).toString());
        CodingResult lumbar = code("Assessment: disc herniation at L4-L5 with left lumbar radiculopathy.");
        assertTrue(NoteAssert.codes(lumbar).contains("M51.16"), NoteAssert.codes(lumbar).toString());
    }

    @Test
    void aLevelWrittenTwiceStillNamesOneJunction() {
        CodingResult r = code("Assessment: HNP L5-S1 with right S1 radiculopathy.");
        assertTrue(NoteAssert.codes(r).contains("M51.17"), NoteAssert.codes(r).toString());
    }

    @Test
    void theAmericanSpellingOfDiscIsReadAsDisc() {
        assertTrue(NoteAssert.codes(code("Assessment: herniated disk at L4-5.")).contains("M51.26"));
        assertTrue(NoteAssert.codes(code("Assessment: lumbar disk bulge.")).contains("M51.26"));
    }

    @Test
    void aNarrowingWordWrittenAtACervicalLevelIsCervicalSpinalStenosis() {
        CodingResult r = code("Postoperative diagnosis: C4-C5 and C5-C6 stenosis with myelopathy.");
        assertTrue(NoteAssert.codes(r).contains("M48.02"), NoteAssert.codes(r).toString());
    }

    @Test
    void aLumbarLevelAfterTheFindingNamesItsRegionToo() {
        CodingResult r = code("Assessment: moderate stenosis at L3-L4.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M48.06")), NoteAssert.codes(r).toString());
    }

    @Test
    void aFindingWithoutALevelNearItStaysUncoded() {
        CodingResult r = code("Impression: residual stenosis of the stented artery is 20%. Plan: MRI of L4-L5 later.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M48")), NoteAssert.codes(r).toString());
    }

    @Test
    void aFindingAtALevelThatOnlyAStudyReportedIsNotTheDiagnosis() {
        CodingResult r = code("History: a CT myelogram last year showed mild stenosis at L2-L3. "
                + "Diagnosis: mechanical low back pain.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M48")), NoteAssert.codes(r).toString());
    }
}
