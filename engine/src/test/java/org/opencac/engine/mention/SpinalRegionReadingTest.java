package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.Coded.inpatientCheckedCodes;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** A spinal level names its region, so a condition written beside it is read in that region. */
class SpinalRegionReadingTest {

    @Test
    void aDiscHerniationAtALumbarLevelIsALumbarDiscHerniation() {
        CodingResult r = inpatientChecked("Postoperative diagnosis: disc herniation at L4-L5.");
        assertTrue(NoteAssert.codes(r).contains("M51.26"), NoteAssert.codes(r).toString());
    }

    @Test
    void aLevelWrittenAsTheLabelOfAFindingsLineNamesTheRegionOfTheWholeLine() {
        CodingResult r = inpatientChecked("FINDINGS:\nL4-5: There is mild loss of disc height, moderate facet "
                + "arthropathy on both sides and a broad-based disc protrusion.");
        assertTrue(NoteAssert.codes(r).contains("M51.26"), NoteAssert.codes(r).toString());
        // the note names a second region, so the far level is not read as the one region of the whole note
        CodingResult far = inpatientChecked("FINDINGS:\nThe alignment at L4-5 is normal and the vertebral bodies keep "
                + "their height with no marrow lesion, and there is a broad-based disc protrusion. The C6 vertebra "
                + "is normal.");
        assertFalse(NoteAssert.codes(far).contains("M51.26"), NoteAssert.codes(far).toString());
    }

    @Test
    void aCervicalDiscDisorderAtSeveralLevelsIsCodedToTheMostSuperiorLevel() {
        // Tabular note at M50: code to the most superior level of disorder
        CodingResult r = inpatientChecked("Postoperative diagnosis: herniated disc at C6-C7, C5-C6 and C4-C5 "
                + "with right arm radiculopathy.");
        assertTrue(NoteAssert.codes(r).contains("M50.121"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M50.123"), NoteAssert.codes(r).toString());
        // one level written: that level
        CodingResult one = inpatientChecked("Postoperative diagnosis: herniated disc at C6-C7 with right arm "
                + "radiculopathy.");
        assertTrue(NoteAssert.codes(one).contains("M50.123"), NoteAssert.codes(one).toString());
    }

    @Test
    void aSecondDiscOfTheRegionNamedInTheNextSentenceOfTheSectionMovesTheCodeToTheMostSuperiorLevel() {
        // Tabular note at M50: the disorder at C6-C7 and a second disc at C3-C4 is coded at the most superior level
        CodingResult r = inpatientChecked("Impression: herniated disc at C6-C7 with left arm radiculopathy. There is "
                + "also a smaller disc at C3-C4 touching the cord.");
        assertTrue(NoteAssert.codes(r).contains("M50.11"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M50.123"), NoteAssert.codes(r).toString());
        // a level written with no disc word beside it is not a second disc
        CodingResult fused = inpatientChecked("Impression: herniated disc at C6-C7 with left arm radiculopathy. "
                + "Old fusion at C3-C4 is solid.");
        assertTrue(NoteAssert.codes(fused).contains("M50.123"), NoteAssert.codes(fused).toString());
        // a disc of another disorder written at the upper level keeps its level to itself
        CodingResult other = inpatientChecked("Impression: herniated disc at C6-C7 with left arm radiculopathy. There "
                + "is also degenerative disc disease at C3-C4.");
        assertTrue(NoteAssert.codes(other).contains("M50.123"), NoteAssert.codes(other).toString());
    }

    @Test
    void aCervicalDiscDisorderNamedWithItsRegionWordStillTakesTheLevelWritten() {
        CodingResult r = inpatientChecked("Impression: cervical disc herniation at C5-C6.");
        assertTrue(NoteAssert.codes(r).contains("M50.222"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M50.20"), NoteAssert.codes(r).toString());
    }

    @Test
    void aLevelWrittenWithoutItsSecondLetterStillNamesTheRegion() {
        CodingResult r = inpatientChecked("Assessment: degenerative disc disease at C5-6.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M50.3")), NoteAssert.codes(r).toString());
    }

    @Test
    void aLumbarConditionWrittenAtTheLumbosacralJunctionIsLumbosacral() {
        CodingResult r = inpatientChecked("Impression: lumbar disc herniation at L5-S1 with pain into the right "
                + "buttock.");
        assertTrue(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M51.26"), NoteAssert.codes(r).toString());
    }

    @Test
    void aRegionWordOfAnotherRegionThanTheLevelsStaysAsWritten() {
        CodingResult r = inpatientChecked("Impression: cervical disc herniation; an old scar at L5-S1.");
        assertFalse(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
    }

    @Test
    void theJunctionOfTwoRegionsIsItsOwnRegion() {
        CodingResult r = inpatientChecked("Assessment: disc herniation at L5-S1.");
        assertTrue(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDiscHerniationAtTheCervicothoracicJunctionIsCervicothoracic() {
        CodingResult r = inpatientChecked("Postoperative diagnosis: painful disk herniation, C7-T1.");
        assertTrue(NoteAssert.codes(r).contains("M50.23"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDiscProtrusionAtTheThoracolumbarJunctionIsThoracolumbar() {
        CodingResult r = inpatientChecked("Assessment: disc protrusion at T12-L1 without cord compression.");
        assertTrue(NoteAssert.codes(r).contains("M51.25"), NoteAssert.codes(r).toString());
    }

    @Test
    void lumbarLevelsWithTheLumbosacralJunctionAreLumbosacral() {
        CodingResult r = inpatientChecked("Preoperative diagnosis: degenerative disk disease at L3-4 and L5-S1.");
        assertTrue(NoteAssert.codes(r).contains("M51.379"), NoteAssert.codes(r).toString());
    }

    @Test
    void aPairOfLevelsWrittenWithoutItsHyphenIsReadAsThePair() {
        CodingResult junction = inpatientChecked("Assessment: disc herniation at L5S1.");
        assertTrue(NoteAssert.codes(junction).contains("M51.27"), NoteAssert.codes(junction).toString());
        CodingResult cervical = inpatientChecked("Preoperative diagnosis: disc herniation at C5C6.");
        assertTrue(NoteAssert.codes(cervical).contains("M50.222"), NoteAssert.codes(cervical).toString());
        CodingResult lumbar = inpatientChecked("Postoperative diagnosis: disc herniation at L45.");
        assertTrue(NoteAssert.codes(lumbar).contains("M51.26"), NoteAssert.codes(lumbar).toString());
    }

    @Test
    void twoJoinedLevelsThatAreNoPairNameNoLevel() {
        CodingResult r = inpatientChecked("Assessment: disc herniation at L5S3.");
        assertFalse(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
        CodingResult level = inpatientChecked("Assessment: disc herniation at T12.");
        assertTrue(NoteAssert.codes(level).contains("M51.24"), NoteAssert.codes(level).toString());
    }

    @Test
    void aSacralLevelPastTheJunctionNamesNoRegion() {
        CodingResult r = inpatientChecked("Assessment: disc herniation at L5-S1 and S2-S3.");
        assertFalse(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
    }

    @Test
    void levelsOfTwoRegionsNameNoRegion() {
        CodingResult r = inpatientChecked("Assessment: disc herniations at C5-6 and L4-5.");
        assertFalse(NoteAssert.codes(r).contains("M51.26"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M50")), NoteAssert.codes(r).toString());
    }

    @Test
    void oneCervicalLevelTakesTheCodeOfThatLevel() {
        CodingResult r = inpatientChecked("Preoperative diagnosis: disc herniation at C5-6.");
        assertTrue(NoteAssert.codes(r).contains("M50.222"), NoteAssert.codes(r).toString());
    }

    @Test
    void aHighCervicalLevelTakesTheHighCervicalCodeAndOutranksALowerLevel() {
        CodingResult r = inpatientChecked("Impression: disc herniation at C3-4. Separate disc herniation at C5-6.");
        assertTrue(NoteAssert.codes(r).contains("M50.21"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M50.222"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M50.20"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDiscDisorderWithRadiculopathyIsOneCombinationCodeAtItsLevel() {
        CodingResult r = inpatientChecked("Preoperative diagnosis: C5-C6 disc herniation with right arm "
                + "radiculopathy.");
        assertTrue(NoteAssert.codes(r).contains("M50.122"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M54.1")), NoteAssert.codes(r).toString());
        CodingResult lumbar = inpatientChecked("Assessment: disc herniation at L4-L5 with left lumbar radiculopathy.");
        assertTrue(NoteAssert.codes(lumbar).contains("M51.16"), NoteAssert.codes(lumbar).toString());
    }

    @Test
    void aLevelWrittenTwiceStillNamesOneJunction() {
        CodingResult r = inpatientChecked("Assessment: HNP L5-S1 with right S1 radiculopathy.");
        assertTrue(NoteAssert.codes(r).contains("M51.17"), NoteAssert.codes(r).toString());
    }

    @Test
    void theAmericanSpellingOfDiscIsReadAsDisc() {
        assertTrue(inpatientCheckedCodes("Assessment: herniated disk at L4-5.").contains("M51.26"));
        assertTrue(inpatientCheckedCodes("Assessment: lumbar disk bulge.").contains("M51.26"));
    }

    @Test
    void aNarrowingWordWrittenAtACervicalLevelIsCervicalSpinalStenosis() {
        CodingResult r = inpatientChecked("Postoperative diagnosis: C4-C5 and C5-C6 stenosis with myelopathy.");
        assertTrue(NoteAssert.codes(r).contains("M48.02"), NoteAssert.codes(r).toString());
    }

    @Test
    void aLumbarLevelAfterTheFindingNamesItsRegionToo() {
        CodingResult r = inpatientChecked("Assessment: moderate stenosis at L3-L4.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M48.06")), NoteAssert.codes(r).toString());
    }

    @Test
    void aFindingWithoutALevelNearItStaysUncoded() {
        CodingResult r = inpatientChecked("Impression: residual stenosis of the stented artery is 20%. Plan: MRI of "
                + "L4-L5 later.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M48")), NoteAssert.codes(r).toString());
    }

    @Test
    void aFindingAtALevelThatOnlyAStudyReportedIsNotTheDiagnosis() {
        CodingResult r = inpatientChecked("History: a CT myelogram last year showed mild stenosis at L2-L3. "
                + "Diagnosis: mechanical low back pain.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M48")), NoteAssert.codes(r).toString());
    }

    @Test
    void aDiscConditionWrittenWithoutItsLevelTakesTheOneRegionTheNoteNames() {
        CodingResult r = inpatientChecked("Preoperative diagnosis: Lumbar spondylosis at L5-S1 with foraminal "
                + "narrowing.\nIndications: the man had two earlier operations for a herniated disc and now has "
                + "worse back pain.");
        assertTrue(NoteAssert.codes(r).contains("M51.27"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M51.9"), NoteAssert.codes(r).toString());
        CodingResult cervical = inpatientChecked("Procedure: anterior discectomy and fusion of C5-C6.\n"
                + "Findings: a herniated disc was taken out with the bone spurs.");
        assertTrue(NoteAssert.codes(cervical).contains("M50.222"), NoteAssert.codes(cervical).toString());
        CodingResult exposed = inpatientChecked("Indications: he had an earlier operation for a herniated disk and "
                + "now has axial pain.\nDiagnosis: spondylosis L5-S1.\nProcedure: the incision ran from L4 to S1.");
        assertTrue(NoteAssert.codes(exposed).contains("M51.27"), NoteAssert.codes(exposed).toString());
    }

    @Test
    void aDiscConditionWithoutItsLevelIsLeftWhenTheNoteNamesSeveralRegions() {
        CodingResult r = inpatientChecked("History: fusion at C5-C6 years ago and a laminectomy at L4-L5.\n"
                + "Assessment: herniated disc.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("M50.2") || c.startsWith("M51.2")),
                NoteAssert.codes(r).toString());
        CodingResult word = inpatientChecked("History: a scan of the lumbosacral spine was normal.\n"
                + "Assessment: C5-C6 disc herniation. A radiculopathy was found on nerve studies of the foot.");
        assertFalse(NoteAssert.codes(word).contains("M54.12"), NoteAssert.codes(word).toString());
    }

    @Test
    void aDiscWithoutItsLevelInANoteOfSeveralCervicalLevelsIsNotGivenAnUnspecifiedLevel() {
        CodingResult r = inpatientChecked("Indications: a disc herniation at C5-C6. A second disc herniation at "
                + "C6-C7.\nFindings: the disc was soft, and a herniated disc was pulled out.");
        assertFalse(NoteAssert.codes(r).contains("M50.20"), NoteAssert.codes(r).toString());
    }
    @Test
    void spondylosisWithRadiculopathyAtALevelTakesTheCodeOfItsRegion() {
        CodingResult r = inpatientChecked("Assessment: spondylosis with radiculopathy at C5-C6.");
        assertTrue(NoteAssert.codes(r).contains("M47.22"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("M47.20"), NoteAssert.codes(r).toString());
    }

    @Test
    void aListOfLevelsCutByTheWindowIsReadWhole() {
        // the list's last level alone (S1) would name the sacral region; the whole list names the lumbosacral one
        CodingResult r = inpatientChecked("Preoperative diagnosis: L3-L4 and L5-S1 disc bulging/facet disease/"
                + "spondylosis with radiculopathy.");
        assertTrue(NoteAssert.codes(r).contains("M47.27"), NoteAssert.codes(r).toString());
    }
}
