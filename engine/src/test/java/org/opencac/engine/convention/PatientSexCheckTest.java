package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.CandidateDocs.codes;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/** Codes for one sex only follow the patient's sex: the request's, else the note's when it is clear. */
class PatientSexCheckTest {
    private static final PatientSexCheck CHECK = PatientSexCheck.standard(TestModels.models().codeSet());

    private static final String MAN = "An 81-year-old man seen for a slow stream. He voids with effort and his "
            + "nocturia is worse.";
    private static final String WOMAN = "A 58-year-old woman seen for a slow stream. She voids with effort and her "
            + "nocturia is worse.";

    @Test
    void aMansUnspecifiedUrethralStrictureTakesTheMaleCodeOfItsCategory() {
        Document d = CHECK.process(doc(MAN, cand("N35.92")));
        assertEquals(List.of("N35.919"), codes(d));
        assertTrue(d.candidates().get(0).rationale().stream().anyMatch(r -> r.contains("the patient is male")),
                d.candidates().get(0).rationale().toString());
    }

    @Test
    void aWomansUrethralStrictureTakesTheFemaleCodeAndKeepsIt() {
        assertEquals(List.of("N35.92"), codes(CHECK.process(doc(WOMAN, cand("N35.919")))));
        Document kept = doc(WOMAN, cand("N35.92"));
        assertSame(kept, CHECK.process(kept));
    }

    @Test
    void aMansBreastCancerIsCodedToTheMaleBreastOfTheSameSide() {
        assertEquals(List.of("C50.921"), codes(CHECK.process(doc(MAN, cand("C50.911")))));
    }

    @Test
    void aProstateConditionIsLeftOutOfAWomansRecordWithItsReason() {
        Document d = CHECK.process(doc(WOMAN, cand("N40.0"), cand("R35.1")));
        assertEquals(List.of("R35.1"), codes(d));
        assertEquals(NotCodedReason.OTHER_CODE, d.decisions().get(0).reason());
        assertTrue(d.decisions().get(0).detail().contains("male patient only"), d.decisions().toString());
    }

    @Test
    void aWomansAdhesionsAtAnOperationOnHerGenitalOrgansAreFemalePelvicAdhesions() {
        // Index: Adhesions, pelvic (peritoneal), female N73.6; K66.0 Excludes1 adhesions of the female pelvis
        String woman = "A 44-year-old woman taken to surgery for an ovarian cyst; the adhesions were taken down.";
        assertEquals(List.of("N83.209", "N73.6"), codes(CHECK.process(doc(woman, cand("N83.209"), cand("K66.0")))));
        // with no condition of her genital organs coded, the adhesions stay peritoneal
        assertEquals(List.of("K66.0"), codes(CHECK.process(doc(woman, cand("K66.0")))));
        // nor are a man's, whatever else is coded
        assertEquals(List.of("N40.0", "K66.0"), codes(CHECK.process(doc(MAN, cand("N40.0"), cand("K66.0")))));
    }

    @Test
    void adhesionsTheStatementSitesAtTheBowelStayPeritonealInAWomansPelvicOperation() {
        // Index: Adhesions, intestine K66.0: the bowel named in the evidence keeps the adhesions out of the pelvis
        CodingResult bowel = inpatientChecked("A 47-year-old woman.\nPostoperative diagnoses:\n1. Endometriosis.\n"
                + "2. Interloop bowel adhesions.");
        assertTrue(NoteAssert.codes(bowel).contains("K66.0"), NoteAssert.codes(bowel).toString());
        CodingResult bare = inpatientChecked("A 47-year-old woman.\nPostoperative diagnoses:\n1. Endometriosis.\n"
                + "2. Dense adhesions.");
        assertTrue(NoteAssert.codes(bare).contains("N73.6"), NoteAssert.codes(bare).toString());
        assertFalse(NoteAssert.codes(bare).contains("K66.0"), NoteAssert.codes(bare).toString());
    }

    @Test
    void aPregnancyCodeIsLeftOutOfAMansRecord() {
        assertEquals(List.of(), codes(CHECK.process(doc(MAN, cand("O21.0")))));
    }

    @Test
    void theSexTheRequestGivesWinsOverTheNotesPronouns() {
        Document d = CHECK.process(Document.of(new Note(MAN, CareSetting.OUTPATIENT, PatientSex.FEMALE))
                .withCandidates(List.of(cand("N35.919"))));
        assertEquals(List.of("N35.92"), codes(d));
    }

    @Test
    void aNoteThatDoesNotMakeTheSexClearKeepsItsCodes() {
        Document in = doc("Seen with the daughter. He reports dysuria; she says he was febrile; her notes show "
                + "his fever.", cand("N35.92"), cand("N40.0"));
        assertSame(in, CHECK.process(in));
    }

    @Test
    void pronounsAloneDecideWhenOneSexFarOutnumbersTheOther() {
        assertEquals(PatientSex.MALE, CHECK.sexOf("He was admitted. His pain improved and he went home with him."));
        assertEquals(PatientSex.UNKNOWN, CHECK.sexOf("He was admitted. She improved and he went home."));
    }

    @Test
    void aStatedManKeepsHisSexWhenTheNoteMentionsHisWife() {
        assertEquals(PatientSex.MALE, CHECK.sexOf("A 70-year-old white male. His wife reports she saw him fall in the "
                + "garden. He is alert and his speech is clear."));
        assertEquals(PatientSex.FEMALE, CHECK.sexOf("Mrs. Jones returns today; her husband says he drove."));
    }

    @Test
    void everyCueOfTheNoteCountsThoughAMatchEndsInsideAName() {
        // "Mr. S" ends inside the name: the search goes on after it and still finds "Mrs." (both sexes: unclear)
        assertEquals(PatientSex.UNKNOWN, CHECK.sexOf("Mr. Smith and Mrs. Smith came in together today."));
        assertEquals(PatientSex.MALE, CHECK.sexOf("Mr. Brown, a 60-year-old man, and his MRS. tests."));
        assertEquals(PatientSex.FEMALE, CHECK.sexOf("Name: Ann Lee. Sex: F. Seen for a cough today."));
        assertEquals(PatientSex.UNKNOWN, CHECK.sexOf("The mr. scan was read by the radiologist today."),
                "a title heeds its case");
    }

    @Test
    void anOperativeNoteWithoutPronounsTellsTheSexByTheOrgansItNames() {
        assertEquals(PatientSex.MALE, CHECK.sexOf("Cystoscopy. A tight narrowing of the bulbous urethra was "
                + "dilated; the prostatic urethra was open."));
        assertEquals(PatientSex.FEMALE, CHECK.sexOf("Laparoscopy. The uterus and both ovaries were normal."));
        assertEquals(PatientSex.UNKNOWN, CHECK.sexOf("Pelvic imaging: the prostate and the uterus were not seen."));
        assertEquals(PatientSex.UNKNOWN, CHECK.sexOf("She says the prostatic urethra was open."));
    }

    @Test
    void aMagneticResonanceAbbreviationIsNoTitle() {
        assertEquals(PatientSex.UNKNOWN, CHECK.sexOf("MR. angiogram ordered. MS. follow up."));
    }

    @Test
    void aPerpetratorsSexIsNotThePatients() {
        Document in = doc(WOMAN, cand("Y07.030"));
        assertSame(in, CHECK.process(in));
    }

    @Test
    void aWomansUrethralStrictureIsCodedFemaleThroughThePipeline() {
        var r = TestModels.pipeline().code(new Note("HISTORY: A 64-year-old woman with a weak stream. She had a "
                + "dilation in the past.\n\nASSESSMENT: Urethral stricture.\n", CareSetting.OUTPATIENT));
        assertEquals(List.of("N35.92"), r.suggestions().stream().map(Suggestion::code)
                .filter(c -> c.startsWith("N35")).toList());
    }

    @Test
    void aCodesTitleSexIsTheSexItsOrItsNearestAncestorsTitleNamesAsAWord() {
        // every code of the code set against the titles split into their word sets ("female" is not "male")
        var codeSet = TestModels.models().codeSet();
        int named = 0;
        var titleSexes = new PatientSexCheck.TitleSexes(codeSet);   // one for all codes, as the check's start-up
        for (var c : codeSet.all()) {
            PatientSex expected = PatientSex.UNKNOWN;
            List<String> titles = new java.util.ArrayList<>(List.of(c.title()));
            codeSet.ancestors(c.code()).forEach(a -> titles.add(a.title()));
            for (String title : titles) {
                var words = new java.util.HashSet<>(
                        List.of(title.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")));
                boolean male = words.contains("male");
                boolean female = words.contains("female");
                if (male || female) {
                    expected = male && female ? PatientSex.UNKNOWN : male ? PatientSex.MALE : PatientSex.FEMALE;
                    break;
                }
            }
            named += expected != PatientSex.UNKNOWN ? 1 : 0;
            assertEquals(expected, titleSexes.of(c), c.code() + " " + c.title());
        }
        assertTrue(named > 100, "codes whose titles name one sex: " + named);
    }

    @Test
    void aCodeOutsideEveryPatternsFirstCharactersIsCoveredByNoneOfThem() {
        // the start-up tries the ranges and exemptions only on codes whose first character one of them spans
        var patterns = CodePattern.parseAll(List.of("N40-N53", "D07.4-D07.69", "Z12.5", "O00-O9A", "C51-D06"));
        boolean[] heads = PatientSexCheck.heads(patterns);
        int skipped = 0;
        int covered = 0;
        for (var c : TestModels.models().codeSet().all()) {
            boolean covers = CodePattern.anyCovers(patterns, c.code());
            covered += covers ? 1 : 0;
            if (!PatientSexCheck.mayCover(heads, c.code())) {
                skipped++;
                assertFalse(covers, c.code());
            }
        }
        assertTrue(skipped > 10_000, "codes skipped: " + skipped);
        assertTrue(covered > 1_000, "codes covered: " + covered);
    }

    @Test
    void theCodesForOneSexKeptInTheCacheAreThoseReadFromTheCodeSet(@TempDir Path dir) throws IOException {
        var codeSet = TestModels.models().codeSet();
        PatientSexCheck.CodeTables read = PatientSexCheck.standard(codeSet).tables();
        assertTrue(read.sexOf().size() > 1_000, "codes for one sex: " + read.sexOf().size());
        assertFalse(read.counterpart().isEmpty());
        assertEquals(read, PatientSexCheck.standard(codeSet, Optional.of(dir)).tables());   // made and kept
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertEquals(1, files.size());
        assertEquals(read, PatientSexCheck.standard(codeSet, Optional.of(dir)).tables());   // read back
        byte[] kept = Files.readAllBytes(files.get(0));
        Files.write(files.get(0), Arrays.copyOf(kept, kept.length / 2));   // truncated: made again, the same
        assertEquals(read, PatientSexCheck.standard(codeSet, Optional.of(dir)).tables());
        assertArrayEquals(kept, Files.readAllBytes(files.get(0)));
    }

    private static Document doc(String text, CodeCandidate... c) {
        return Document.of(new Note(text, CareSetting.OUTPATIENT)).withCandidates(List.of(c));
    }

    private static CodeCandidate cand(String code) {
        return new CodeCandidate(code, TestModels.models().codeSet().get(code).orElseThrow().title(), 0.8,
                List.of(0), List.of("Index: test"));
    }
}
