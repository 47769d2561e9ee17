package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencac.engine.DataFiles;
import org.opencac.engine.testing.TestModels;

/** Maternal codes only on the record of a pregnant or delivering patient (team-written notes). */
class ObstetricRecordCheckTest {
    /** The data file's patterns of one kind, each compiled as the check compiles it. */
    private static List<Pattern> patterns(String kind) {
        List<Pattern> out = new ArrayList<>();
        for (String line : DataFiles.lines(ObstetricRecordCheck.FILE)) {
            String[] f = line.split("\t");
            if (f[0].equals(kind)) {
                out.add(Pattern.compile(f[1], Pattern.CASE_INSENSITIVE));
            }
        }
        return out;
    }

    private static final List<Pattern> PREGNANT = patterns("pregnant");
    private static final List<Pattern> NEWBORN = patterns("newborn");

    /** Whose record the note is, read pattern by pattern: the definition the merged search is compared with. */
    private static ObstetricRecordCheck.Record recordByEachPattern(String text) {
        for (Pattern p : NEWBORN) {
            if (p.matcher(text).find()) {
                return ObstetricRecordCheck.Record.NEWBORN;
            }
        }
        for (Pattern p : PREGNANT) {
            if (p.matcher(text).find()) {
                return ObstetricRecordCheck.Record.PREGNANT;
            }
        }
        return ObstetricRecordCheck.Record.OTHER;
    }

    @Test
    void labourThatStopsIsCodedOnTheMothersDeliveryRecord() {
        List<String> codes = inpatientCodes("HISTORY: She is a 31-year-old G3 P2 at 40 weeks' gestation admitted in active labor.\n\n"
                + "POSTOPERATIVE DIAGNOSES:\n1. Arrest of dilation.\n\nPROCEDURE: Low transverse cesarean section.\n");
        assertTrue(codes.contains("O62.1"), codes.toString());
        assertTrue(codes.contains("Z3A.40"), codes.toString());
    }

    @Test
    void aLiveBornInfantDeliveredVaginallyIsTheOutcomeOfTheMothersDelivery() {
        List<String> codes = inpatientCodes("HISTORY: She is a 27-year-old G2 P1 at 39 weeks' gestation in active "
                + "labor.\n\nDELIVERY: She delivered a live-born male infant by vaginal delivery. Apgars were 8 "
                + "and 9.\n");
        assertTrue(codes.contains("Z37.0"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z38")), codes.toString());
    }

    @Test
    void aLiveBornInfantAtACesareanIsTheOutcomeOfTheMothersDelivery() {
        List<String> codes = inpatientCodes("HISTORY: She is a 33-year-old G1 P0 at 40 weeks' gestation in labor."
                + "\n\nPROCEDURE: Primary low transverse cesarean section.\n\nDESCRIPTION: The uterus was opened and "
                + "a live born female infant was delivered from the vertex position.\n");
        assertTrue(codes.contains("Z37.0"), codes.toString());
    }

    @Test
    void theInfantsPrematurityIsNotCodedOnTheMothersDeliveryRecord() {
        List<String> codes = inpatientCodes("DELIVERY NOTE: She is a 24-year-old G1 P0 at 34 weeks' gestation admitted "
                + "in preterm labor. She delivered a live-born male infant by vaginal delivery. The pediatric team "
                + "attended because of prematurity.\n");
        assertTrue(codes.contains("Z37.0"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("P")), codes.toString());
    }

    @Test
    void aBladderTornAtACesareanIsObstetricTraumaNotAnInjuryCode() {
        List<String> codes = inpatientCodes("POSTOPERATIVE DIAGNOSIS: Laceration of the bladder.\n\nFINDINGS: While a "
                + "cesarean section was under way for her breech baby, the urinary bladder was found torn at its dome.\n");
        assertTrue(codes.contains("O71.5"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S37")), codes.toString());
    }

    @Test
    void aBladderTornInAFallKeepsItsInjuryCodeOutsideADelivery() {
        List<String> codes = inpatientCodes("POSTOPERATIVE DIAGNOSIS: Laceration of the bladder.\n\nFINDINGS: He fell "
                + "from a ladder onto a fence post, and the urinary bladder was found torn at its dome.\n");
        assertFalse(codes.contains("O71.5"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S37.2")), codes.toString());
    }

    @Test
    void failureToProgressIsALongLabourNotHeartFailure() {
        List<String> codes = inpatientCodes("HISTORY: She is a 24-year-old gravida 1 at 41 weeks' gestation in "
                + "labor.\n\n"
                + "POSTOPERATIVE DIAGNOSIS:\n1. Failure to progress.\n\nPROCEDURE: Primary cesarean section.\n");
        assertTrue(codes.contains("O63.9"), codes.toString());
        assertFalse(codes.contains("I50.9"), codes.toString());
    }

    @Test
    void aCesareanToldAsPastHistoryMakesNoPregnancyOfThisNote() {
        // a woman of 58 whose history names an old cesarean: her vomiting is no vomiting of pregnancy
        List<String> codes = inpatientCodes("HISTORY: A 58-year-old woman came in for hyperemesis and dehydration. "
                + "She has a history of a cesarean section and hypertension.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O")), codes.toString());
        assertTrue(codes.contains("E86.0"), codes.toString());
    }

    @Test
    void aPregnantPatientWithAnEarlierCesareanKeepsHerPregnancyCodes() {
        List<String> codes = inpatientCodes("HISTORY: A 28-year-old woman at 10 weeks' gestation came in for "
                + "hyperemesis and dehydration. She has a history of a cesarean section.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("O21")), codes.toString());
    }

    @Test
    void aNewbornsNoteKeepsNoneOfTheMothersCodes() {
        List<String> codes = inpatientCodes("DIAGNOSES:\n1. Term male infant.\n\n"
                + "HISTORY: A boy born to a 30-year-old G2 P1 at 39 weeks' gestation by cesarean section for arrest "
                + "of dilation. Apgar scores were 8 and 9.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O") || c.startsWith("Z3A")), codes.toString());
    }

    @Test
    void aNeonatesConditionsTakeTheNewbornsOwnCodes() {
        List<String> codes = inpatientCodes("DISCHARGE DIAGNOSES:\n1. Hypoglycemia.\n2. Thrombocytopenia.\n\n"
                + "HISTORY: The baby is an ex-31 week preemie girl born to a 27-year-old gravida 2 mother. Feeds were "
                + "advanced slowly in the nursery.\n");
        assertTrue(codes.contains("P70.4"), codes.toString());
        assertTrue(codes.contains("P61.0"), codes.toString());
        assertFalse(codes.contains("E16.2") || codes.contains("D69.6"), codes.toString());
    }

    @Test
    void aNeonatesFeedingProblemAndApneaTakeTheNewbornsOwnCodes() {
        List<String> codes = inpatientCodes("DISCHARGE DIAGNOSES:\n1. Feeding problem.\n2. Apnea.\n\n"
                + "HISTORY: This is a 6-day-old girl born to a 30-year-old gravida 3 mother. She took her bottle "
                + "slowly on the ward.\n");
        assertTrue(codes.contains("P92.9"), codes.toString());
        assertTrue(codes.contains("P28.40"), codes.toString());
        assertFalse(codes.contains("R63.30") || codes.contains("R06.81"), codes.toString());
    }

    @Test
    void aNeonatesBirthEpisodeCarriesTheLivebornInfantCodeOfItsDelivery() {
        List<String> vaginal = inpatientCodes("HOSPITAL COURSE: The patient is a 2100 g baby girl born by vaginal "
                + "delivery at 35 weeks to a gravida 2 mother. She was admitted to the NICU for prematurity and "
                + "hypoglycemia.\n\nDISCHARGE DIAGNOSES:\n1. Prematurity.\n2. Hypoglycemia.\n");
        assertEquals("Z38.00", vaginal.get(0), "the birth episode's code is its principal diagnosis: " + vaginal);
        assertFalse(vaginal.contains("Z38.01"), vaginal.toString());
        List<String> cesarean = inpatientCodes("HOSPITAL COURSE: The patient is a 2300 g baby boy born via repeat "
                + "cesarean section at 35 weeks to a gravida 3 mother, admitted to the NICU for prematurity.\n\n"
                + "DISCHARGE DIAGNOSES:\n1. Prematurity.\n");
        assertEquals("Z38.01", cesarean.get(0), "the birth episode's code is its principal diagnosis: " + cesarean);
        assertFalse(cesarean.contains("Z38.00"), cesarean.toString());
    }

    @Test
    void aBirthToldAsPastHistoryOrElsewhereAddsNoLivebornInfantCode() {
        List<String> past = inpatientCodes("HISTORY: The patient is a 12-day-old girl seen for hypoglycemia.\n\n"
                + "PAST MEDICAL HISTORY: She was an ex-36 week preemie born by vaginal delivery.\n\n"
                + "ASSESSMENT: Hypoglycemia.\n");
        assertTrue(past.stream().noneMatch(c -> c.startsWith("Z38")), past.toString());
        List<String> transferred = inpatientCodes("HOSPITAL COURSE: The patient is a 2000 g baby girl born by vaginal "
                + "delivery at 34 weeks at an outside hospital and transferred from there to the NICU for "
                + "prematurity.\n\nDISCHARGE DIAGNOSES:\n1. Prematurity.\n");
        assertTrue(transferred.stream().noneMatch(c -> c.startsWith("Z38")), transferred.toString());
    }

    @Test
    void anOlderInfantBornEarlyKeepsTheCodesOfItsAge() {
        List<String> codes = inpatientCodes("DISCHARGE DIAGNOSES:\n1. Hypoglycemia.\n\n"
                + "HISTORY: The patient is a 9-month-old boy, an ex-31 week preemie born to a gravida 2 mother, "
                + "admitted with poor intake.\n");
        assertTrue(codes.contains("E16.2"), codes.toString());
        assertFalse(codes.contains("P70.4"), codes.toString());
    }

    @Test
    void aNoteThatSaysNothingOfPregnancyKeepsNoObstetricCode() {
        ObstetricRecordCheck check = ObstetricRecordCheck.standard(TestModels.models().codeSet());
        assertTrue(check.record("He has chest pain on exertion.") == ObstetricRecordCheck.Record.OTHER);
        assertTrue(check.record("She is a G2 P1 in active labor.") == ObstetricRecordCheck.Record.PREGNANT);
        assertTrue(check.record("The infant was born to a G2 P1 in active labor.")
                == ObstetricRecordCheck.Record.NEWBORN);
        assertTrue(check.record("The infant was handed to the pediatric team; she is a G2 P1.")
                == ObstetricRecordCheck.Record.PREGNANT);
    }

    @Test
    void aPregnantPatientsNoteTellingOfHerMotherAndChildrenStaysHers() {
        ObstetricRecordCheck check = ObstetricRecordCheck.standard(TestModels.models().codeSet());
        assertTrue(check.record("She is a G3 P2 at 30 weeks' gestation. Her mother is a diabetic. She stays home with "
                + "her 18-month-old son.") == ObstetricRecordCheck.Record.PREGNANT);
        assertTrue(check.record("She is a 30-year-old G2 who delivered a baby girl by cesarean section.")
                == ObstetricRecordCheck.Record.PREGNANT);
        assertTrue(check.record("This is a 4-day-old boy. His mother is a 25-year-old G2 P2.")
                == ObstetricRecordCheck.Record.NEWBORN);
        assertTrue(check.record("HISTORY: 3-week-old girl whose mother had preeclampsia.")
                == ObstetricRecordCheck.Record.NEWBORN);
    }

    @Test
    void theMergedPatternsReadEveryNoteAsThePatternsOneByOne() {
        ObstetricRecordCheck check = ObstetricRecordCheck.standard(TestModels.models().codeSet());
        List<String> texts = List.of("", "He has chest pain on exertion.", "She is a G2 P1 in active labor.",
                "G2P1", "g 10, p 2", "The infant was born to a G2 P1 in active labor.", "a primigravida",
                "at 30 weeks gestation", "12 weeks' of pregnancy", "intrauterine pregnancy", "post-postpartum",
                "in labour", "induced labor", "prenatal visit", "ectopic", "C-section", "was delivered",
                "This is a 4-day-old boy.", "2 week old", "She is a healthy baby girl.",
                "She was a woman who delivered a baby girl.", "mother is a 25-year-old gravida 2",
                "G2 P1 whose mother", "gravida 3 and her mother", "Pregnancy test negative. Labs normal.",
                "6-month-old", "x: 3-day-old");
        for (String t : texts) {
            assertEquals(recordByEachPattern(t), check.record(t), t);
        }
    }

    @Test
    void patternsWithBackReferencesAreNotMerged() {
        assertThrows(IllegalArgumentException.class, () -> ObstetricRecordCheck.anyOf(
                List.of(Pattern.compile("(a)\\1"))));
    }

    @Test
    void weeksOfGestationAtThePatientsOwnBirthAreNoPregnancyOfTheirs() {
        ObstetricRecordCheck check = ObstetricRecordCheck.standard(TestModels.models().codeSet());
        assertTrue(check.record("Seen for asthma: a 9-year-old boy, the patient was born at 30 weeks.")
                == ObstetricRecordCheck.Record.NEWBORN);
        assertTrue(check.record("Birth history: 31 weeks gestation to a G3 mother, weight 4 pounds.")
                == ObstetricRecordCheck.Record.NEWBORN);
        assertTrue(check.record("He was the product of a 29-week gestation and spent a month in intensive care.")
                == ObstetricRecordCheck.Record.NEWBORN);
        assertTrue(check.record("She is a G3 P2 at 33 weeks gestation; her first son was born at 34 weeks.")
                == ObstetricRecordCheck.Record.PREGNANT);
        List<String> child = inpatientCodes("HISTORY: An 8-year-old with a cough for a week. He was born at 31 weeks gestation.\n\n"
                + "ASSESSMENT: Cough.\n");
        assertTrue(child.stream().noneMatch(c -> c.startsWith("Z3A") || c.startsWith("O")), child.toString());
    }

    @Test
    void theMergedPatternsReadGeneratedTextsAsThePatternsOneByOne() {
        // pieces of the patterns' words glued to each other and to letters, digits and '_', so that a match
        // could only be missed where a word runs on into the next (the merged search skips such places)
        ObstetricRecordCheck check = ObstetricRecordCheck.standard(TestModels.models().codeSet());
        List<String> pieces = List.of("G2", "P1", "g", "p", " ", "  ", ",", ".", ":", "\n", "-", "'", "_", "x", "3",
                "is a ", "was an ", "day", "week", "old", "born", " to a ", "gravida", "pregnant", "labor", "of ",
                "weeks", "gestation", "mother", "baby girl", "she ", "product of a ", "30", "delivered", "é", "É",
                "3-day-old", "4 week old");
        java.util.Random random = new java.util.Random(14);
        int seen = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = b.toString();
            ObstetricRecordCheck.Record expected = recordByEachPattern(t);
            seen |= 1 << expected.ordinal();
            assertEquals(expected, check.record(t), t);
        }
        assertEquals(7, seen, "every kind of record was generated");
    }

    @Test
    void eachKindsPatternsSearchedTogetherFindWhatTheyFindOneByOne() {
        // the neonatal period's and the older age's rows are all searched at word starts only; pieces of their
        // words are glued to each other and to word characters, so that a word start could be missed
        for (String kind : List.of("pregnant", "newborn", "neonate", "older")) {
            List<Pattern> rows = patterns(kind);
            ObstetricRecordCheck.AnyOf any = ObstetricRecordCheck.anyOf(rows);
            if (kind.equals("neonate") || kind.equals("older")) {
                assertEquals(null, any.elsewhere(), kind);
            }
            List<String> pieces = List.of(" ", ",", ".", "\n", "-", "_", "x", "3", "12", "ex", "ex-", "day", "days",
                    "old", "weeks", "wks", "ers", "preemie", "premature ", "preterm", "infant", "NICU", "nicu",
                    "neonatal intensive care", "is ", "was ", "now ", "a ", "an ", "month", "years", "patient ",
                    "this is", "she ", "baby", "é", "G2", "P1", "gravida", "pregnant", "born", " to a ", "mother",
                    "born to a", " is a 4 week old", "of gestation", "she was a 5-year-old", "this is an 8 months-old");
            java.util.Random random = new java.util.Random(kind.hashCode());
            int found = 0;
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(10); k > 0; k--) {
                    b.append(pieces.get(random.nextInt(pieces.size())));
                }
                String t = b.toString();
                boolean expected = rows.stream().anyMatch(p -> p.matcher(t).find());
                found += expected ? 1 : 0;
                assertEquals(expected, any.foundIn(t), kind + ": " + t);
            }
            assertTrue(found > 100, kind + ": matches were generated");
        }
    }

    @Test
    void aPatternReadingBeforeItsPlaceOrSettingFlagsIsNotSearchedAtWordStarts() {
        assertTrue(ObstetricRecordCheck.searchedAtWordStarts("\\bpreemie\\b|\\b(?:premature|preterm) infant\\b"));
        assertTrue(ObstetricRecordCheck.searchedAtWordStarts("\\bpatient (?:(?!gave)[^.]){0,9}\\bbaby"));
        assertFalse(ObstetricRecordCheck.searchedAtWordStarts("\\bborn(?<=y born)"));
        assertFalse(ObstetricRecordCheck.searchedAtWordStarts("\\bborn$"));
        assertFalse(ObstetricRecordCheck.searchedAtWordStarts("\\bborn(?:^|x)"));
        // an inline flag group would reach the rows joined after it at the top level
        assertFalse(ObstetricRecordCheck.searchedAtWordStarts("\\bborn(?-i)X"));
        assertFalse(ObstetricRecordCheck.searchedAtWordStarts("(?:^|[.:\\n]\\s*)\\d+ days old"));
    }

    @Test
    void onlyPatternsWhoseEveryAlternativeBeginsAtABoundaryAreCheckedForAWordStart() {
        assertTrue(ObstetricRecordCheck.eachAlternativeAtBoundary("\\bgravida\\b|\\bpara\\b"));
        assertTrue(ObstetricRecordCheck.eachAlternativeAtBoundary("\\b(?:in|of)\\s+labou?r\\b"));
        assertTrue(ObstetricRecordCheck.eachAlternativeAtBoundary("\\b[|]x|\\b\\|y"));
        assertFalse(ObstetricRecordCheck.eachAlternativeAtBoundary("\\bgravida|para"));
        assertFalse(ObstetricRecordCheck.eachAlternativeAtBoundary("(?:^|[.:\\n]\\s*|\\b(?:is|was) an?\\s+)\\d+"));
        // inside a word the merged search tries no pattern that begins at a boundary; the others it still tries
        ObstetricRecordCheck check = new ObstetricRecordCheck(
                List.of(Pattern.compile("\\bgravida", java.util.regex.Pattern.CASE_INSENSITIVE)),
                List.of(Pattern.compile("mother", java.util.regex.Pattern.CASE_INSENSITIVE)),
                List.of(), java.util.Map.of(), null);
        assertEquals(ObstetricRecordCheck.Record.OTHER, check.record("multigravida"));
        assertEquals(ObstetricRecordCheck.Record.PREGNANT, check.record("a gravida"));
        assertEquals(ObstetricRecordCheck.Record.NEWBORN, check.record("grandmother"));
    }

    @Test
    void anAgeRowSplitInTwoFindsWhatTheOneRowFound() {
        // the newborn's age row was one pattern whose third alternative began at a word boundary; as two rows the
        // boundary row is tried only at word starts, and "any row matches" is unchanged
        int flags = java.util.regex.Pattern.CASE_INSENSITIVE;
        java.util.regex.Pattern one = java.util.regex.Pattern.compile(
                "(?:^|[.:\\n]\\s*|\\b(?:is|was) an?\\s+)\\d+[- ](?:day|week|month)s?[- ]old\\b", flags);
        java.util.regex.Pattern first = java.util.regex.Pattern.compile(
                "(?:^|[.:\\n]\\s*)\\d+[- ](?:day|week|month)s?[- ]old\\b", flags);
        java.util.regex.Pattern second = java.util.regex.Pattern.compile(
                "\\b(?:is|was) an?\\s+\\d+[- ](?:day|week|month)s?[- ]old\\b", flags);
        List<String> pieces = List.of("is", "was", " a ", " an ", "is a ", "was an ", "this", "3-day-old",
                "12 weeks old", "2-month-old", "4 day older", "3", "-", " ", ".", ":", "\n", "x", "_");
        java.util.Random random = new java.util.Random(5);
        int matched = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = b.toString();
            boolean expected = one.matcher(t).find();
            matched += expected ? 1 : 0;
            assertEquals(expected, first.matcher(t).find() || second.matcher(t).find(), t);
        }
        assertTrue(matched > 50, "texts with an age: " + matched);
    }
}
