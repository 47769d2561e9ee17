package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.testing.TestModels;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.lexicon.TermSource;

class MentionFinderTest {
    private static final MentionFinder FINDER = MentionFinder.standard(TestModels.models());

    private static List<Mention> mentions(String text) {
        Document doc = Document.of(new Note(text, CareSetting.OUTPATIENT));
        doc = SentenceSplitter.clinical().process(SectionDetector.standard().process(doc));
        return FINDER.process(doc).mentions();
    }

    private static List<String> codes(String text) {
        return mentions(text).stream().flatMap(m -> m.terms().stream()).map(t -> t.code()).toList();
    }

    @Test
    void longestLexiconTermWinsAndItsOffsetsSliceTheNote() {
        String text = "Assessment: acute on chronic systolic heart failure.";
        Mention m = mentions(text).get(0);
        assertEquals("acute on chronic systolic heart failure", m.text());
        assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
    }

    @Test
    void aMatchDoesNotSkipTheToOfSecondaryTo() {
        assertTrue(codes("Chronic kidney disease secondary to diabetes.").stream().noneMatch(c -> c.startsWith("E13")),
                codes("Chronic kidney disease secondary to diabetes.").toString());
        assertTrue(codes("Secondary diabetes mellitus after pancreatectomy.").stream().anyMatch(c -> c.startsWith("E13")));
    }

    @Test
    void aTermThatWritesSecondaryToAfterItsConditionReadsThroughIt() {
        assertTrue(codes("Depressive disorder secondary to the underlying medical condition.").contains("F06.31"),
                codes("Depressive disorder secondary to the underlying medical condition.").toString());
        assertTrue(codes("Renal failure, secondary to dehydration.").stream().noneMatch(c -> c.startsWith("E13")));
        assertTrue(codes("Kidney disease, secondary to diabetes.").stream().noneMatch(c -> c.startsWith("E13")));
    }

    @Test
    void aCommaInsideATermAsTheLexiconWritesItDoesNotEndTheMatch() {
        assertEquals("Alcohol use disorder, mild", mentions("Assessment: Alcohol use disorder, mild.").get(0).text());
        assertTrue(codes("Assessment: Alcohol use disorder, severe.").contains("F10.20"),
                mentions("Assessment: Alcohol use disorder, severe.").toString());
        assertTrue(codes("Assessment: Opioid use disorder, moderate, in remission.").contains("F11.21"));
        // A comma no term has there still ends the match: a list names two conditions.
        assertEquals(List.of("Asthma", "hypertension"),
                mentions("Assessment: Asthma, hypertension.").stream().map(Mention::text).toList());
    }

    @Test
    void aParenthesisOpenedBeforeTheMatchDoesNotEndItWhereItCloses() {
        assertTrue(codes("Small (grade II) hemorrhoids were seen.").contains("K64.1"),
                mentions("Small (grade II) hemorrhoids were seen.").toString());
        // A parenthesis opened inside the words still ends the match.
        assertTrue(codes("Hemorrhoids (grade II) were seen.").stream().noneMatch("K64.1"::equals));
    }

    @Test
    void periodOfAnAbbreviatedGenusDoesNotEndTheMatch() {
        assertTrue(codes("Urine culture grew E. coli.").contains("B96.20"));
        assertTrue(codes("Blood cultures: S.aureus and K. pneumoniae.").containsAll(java.util.List.of("B95.61", "B96.1")));
        // A sentence-final period after a one-letter word is not joined to the next sentence's words.
        assertTrue(codes("Vitamin A. Coli were not seen.").stream().noneMatch(c -> c.startsWith("B96")));
    }

    @Test
    void adultBmiIsCodedByTheRangeInTheZ68Titles() {
        assertTrue(codes("Vitals: BMI 32.4.").contains("Z68.32"));
        assertTrue(codes("Body mass index of 41.").contains("Z68.41"));
    }

    @Test
    void weeksOfGestationAreCodedToZ3A() {
        assertTrue(codes("G2P1 at 22 weeks gestation.").contains("Z3A.22"));
        assertTrue(codes("Patient is 39w2d by LMP.").contains("Z3A.39"));
        assertTrue(mentions("At 22 weeks gestation.").stream().anyMatch(m -> m.terms().get(0).source() == TermSource.MEASUREMENT));
    }

    @Test
    void excessGranulationTissueAndVestibularHypofunctionHaveTheirCodes() {
        assertTrue(codes("The donor site shows hypergranulation tissue at its edge.").contains("L92.9"));
        assertTrue(codes("Rotary chair testing points to vestibular hypofunction.").contains("H83.2X9"));
    }

    @Test
    void weeksOfGestationWrittenAfterTheirLabelAreCodedToZ3A() {
        assertTrue(codes("LMP: 01/02/2003. GW: 9.0 weeks.").contains("Z3A.09"));
        assertTrue(codes("Estimated gestational age of 33 weeks 2 days.").contains("Z3A.33"));
        assertTrue(codes("EGA 27 wks by early ultrasound.").contains("Z3A.27"));
    }

    @Test
    void podiatricAndDentalWordingsOfAStatementHaveTheirCodes() {
        assertTrue(codes("Assessment: hallux abductovalgus of the left foot.").stream().anyMatch(c -> c.startsWith("M20.1")));
        assertTrue(codes("Diagnosis: four impacted wisdom teeth.").contains("K01.1"));
    }

    @Test
    void aGreatToeBentAtItsInterphalangealJointIsAnOtherToeDeformityNotHalluxValgus() {
        List<String> c = codes("Assessment: hallux interphalangeus of the left foot.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("M20.5X")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("M20.1")), c.toString());
    }

    @Test
    void weeksOfAPregnancyWrittenAfterItAreCodedToZ3A() {
        assertTrue(codes("Diagnosis: single intrauterine pregnancy at 37 weeks.").contains("Z3A.37"));
        assertTrue(codes("Twin pregnancy of 34 and 2/7th weeks, breech.").contains("Z3A.34"));
        assertTrue(codes("IUP at 31 weeks 5 days with preterm labor.").contains("Z3A.31"));
        // weeks since an event are no gestational age
        assertTrue(codes("Seen at 6 weeks after the delivery.").stream().noneMatch(c -> c.startsWith("Z3A")));
    }

    @Test
    void injuryIsFoundByTypeSiteAndLaterality() {
        assertTrue(codes("Impression: right ankle sprain.").contains("S93.401A"));
        assertTrue(codes("Laceration of left hand, 3 cm.").contains("S61.412A"));
    }

    @Test
    void injuryFollowUpWordsGiveTheSubsequentEncounterCharacter() {
        assertTrue(codes("Follow-up visit for left wrist sprain, routine healing.").contains("S63.502D"));
    }

    @Test
    void everydayWordsOnTheStoplistAreNotMentions() {
        assertTrue(codes("Seen by her PCP now, growth chart reviewed.").isEmpty(),
                codes("Seen by her PCP now, growth chart reviewed.").toString());
    }

    @Test
    void sectionHeaderLinesAreNotMentions() {
        assertTrue(codes("HISTORY OF PRESENT ILLNESS:\nHere for a visit.").isEmpty());
    }

    @Test
    void aMatchGoesOnOverDroppedWordsButNotPastTheEndOfASentence() {
        assertTrue(mentions("Diagnosis: malignant neoplasm of the prostate.").stream()
                .anyMatch(m -> m.text().equals("malignant neoplasm of the prostate")));
        List<Mention> split = mentions("Diagnosis: malignant neoplasm. Prostate is enlarged.");
        assertTrue(split.stream().noneMatch(m -> m.text().contains(".")), split.toString());
        assertTrue(split.stream().anyMatch(m -> m.text().equals("malignant neoplasm")), split.toString());
    }

    @Test
    void aMeasuredValueNeedsANumberWrittenInDigits() {
        assertTrue(codes("BMI is thirty-two.").stream().noneMatch(c -> c.startsWith("Z68")));
        assertTrue(MeasurementFinder.mayHoldNumber("BMI 32", 0, 6));
        assertTrue(!MeasurementFinder.mayHoldNumber("BMI 32", 0, 4));
        assertTrue(MeasurementFinder.mayHoldNumber("value NaN", 0, 9));
        assertTrue(MeasurementFinder.mayHoldNumber("Infinity", 0, 8));
        assertTrue(!MeasurementFinder.mayHoldNumber("Infinity", 0, 7));
    }

    @Test
    void injuryWordsAreFoundWhateverTheirCase() {
        assertTrue(codes("Impression: RIGHT ANKLE SPRAIN.").contains("S93.401A"), codes("Impression: RIGHT ANKLE SPRAIN.").toString());
        assertTrue(codes("LACERATION of left hand, 3 cm.").contains("S61.412A"));
    }
}
