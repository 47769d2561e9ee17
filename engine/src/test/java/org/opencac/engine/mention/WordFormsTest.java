package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.testing.TestModels;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

class WordFormsTest {
    private static final List<String> RULES = List.of(
            "rule\tsion\tsive", "rule\ta\tic", "rule\tma\tmatous", "form\trenal\tkidney",
            "stop\tseptic\t", "rule\tsis\ttic");

    private static Lexicon lexicon(String... keys) {
        return new Lexicon(java.util.Arrays.stream(keys).map(k -> new Term(k, "X00", TermSource.TITLE)).toList());
    }

    @Test
    void theFormsKeptInTheCacheAreThoseDerivedFromTheLexiconAndIndex(@TempDir Path dir) throws IOException {
        var models = TestModels.models();
        Map<String, String> derived = WordForms.standard(models.lexicon(), models.alphabeticIndex()).forms();
        assertEquals("kidney", derived.get("renal"));
        assertTrue(derived.size() > 1_000, "forms: " + derived.size());
        assertEquals(derived, WordForms.standard(models.lexicon(), models.alphabeticIndex(), Optional.of(dir)).forms());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertEquals(1, files.size());   // made and kept, then read back
        WordForms read = WordForms.standard(models.lexicon(), models.alphabeticIndex(), Optional.of(dir));
        assertEquals(derived, read.forms());
        assertEquals("kidney", read.base("renal"));
        byte[] kept = Files.readAllBytes(files.get(0));
        Files.write(files.get(0), Arrays.copyOf(kept, kept.length / 2));   // truncated: made again, the same
        assertEquals(derived, WordForms.standard(models.lexicon(), models.alphabeticIndex(), Optional.of(dir)).forms());
        assertArrayEquals(kept, Files.readAllBytes(files.get(0)));
    }

    @Test
    void aWordShorterThanEveryFormHasNoneAndNoFormsReadNothing() {
        WordForms forms = new WordForms(java.util.Map.of("renal", "kidney", "hepatic", "liver"));
        assertEquals("kidney", forms.base("renal"));
        assertEquals("liver", forms.base("hepatic"));
        assertNull(forms.base("ren"));
        assertNull(forms.base("rena"));
        assertNull(forms.base("hepatica"));
        assertNull(WordForms.none().base("renal"));
    }

    @Test
    void derivationRulesReadAnAdjectiveAsTheLexiconNoun() {
        WordForms forms = WordForms.build(RULES, "test", lexicon("hypotension", "melena", "edema", "sepsis"), null);
        assertEquals("hypotension", forms.base("hypotensive"));
        assertEquals("melena", forms.base("melenic"));
        assertEquals("edema", forms.base("edematous"));
        assertEquals("kidney", forms.base("renal"));
    }

    @Test
    void stoppedFormsAndFormsThatAreLexiconWordsAreNotRewritten() {
        WordForms forms = WordForms.build(RULES, "test", lexicon("sepsis", "hypotension", "hypotensive"), null);
        assertNull(forms.base("septic"), "a stopped adjective keeps its own sense");
        assertNull(forms.base("hypotensive"), "a lexicon word is matched as written");
    }

    @Test
    void formThatTwoNounsDeriveIsDropped() {
        // "anemia" (ia -> ic) and "anemea" (ea -> ic) both give "anemic": the form is ambiguous and unused
        List<String> rules = List.of("rule\tia\tic", "rule\tea\tic");
        WordForms forms = WordForms.build(rules, "test", lexicon("anemia", "anemea", "hypoxia"), null);
        assertNull(forms.base("anemic"));
        assertEquals("hypoxia", forms.base("hypoxic"));
    }

    @Test
    void badRowFailsNamingTheFile() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WordForms.build(List.of("rule\tsion\t"), "forms.tsv", lexicon("x"), null));
        assertTrue(e.getMessage().contains("forms.tsv"));
    }

    private static List<String> codes(String text) {
        MentionFinder finder = MentionFinder.standard(TestModels.models());
        Document doc = Document.of(new Note(text, CareSetting.INPATIENT));
        doc = SentenceSplitter.clinical().process(SectionDetector.standard().process(doc));
        return finder.process(doc).mentions().stream().flatMap(m -> m.terms().stream()).map(Term::code).toList();
    }

    @Test
    void dictionaryFindsConditionsWrittenAsAdjectives() {
        assertTrue(codes("On arrival she was hypotensive and tachycardic.").stream().anyMatch(c -> c.startsWith("I95")));
        assertTrue(codes("He reported two melenic stools at home.").contains("K92.1"));
        assertTrue(codes("She was pale and diaphoretic on arrival.").contains("R61"));
        assertTrue(codes("Topical treatment of the herpetic lesions was started.").contains("B00.9"));
    }

    @Test
    void siteAdjectiveReadsAsTheOrganInATerm() {
        // the lexicon prints "skin lesion"; the note writes the adjective
        assertTrue(codes("A cutaneous lesion was biopsied.").contains("L98.9"));
    }

    @Test
    void theWrittenTermWinsWhenBothReadingsAreEquallyLong() {
        // "septic shock" is a term as written; "septic" is never read as "sepsis"
        assertTrue(codes("He developed septic shock.").contains("R65.21"));
        assertTrue(codes("The patient had septic arthritis of the knee.").stream().noneMatch(c -> c.startsWith("A41")));
    }

    @Test
    void transplantationReadsAsTheTransplantOfTheStatusTitles() {
        assertTrue(codes("Ten years after her kidney transplantation she came with fever.").contains("Z94.0"));
    }

    @Test
    void theIndexPrintsSpellingsAndShortFormsBesideItsNoun() {
        assertEquals(List.of("discitis", "diskitis"), WordForms.oneWordForms("Discitis, diskitis"));
        assertEquals(List.of("gout", "gouty"), WordForms.oneWordForms("Gout, gouty"));
        // a one-word modifier shares neither the noun's stem nor its spelling: no forms
        assertEquals(List.of(), WordForms.oneWordForms("Pancolitis, ulcerative"));
        assertEquals(List.of(), WordForms.oneWordForms("Keratoscleritis, tuberculous"));
        assertTrue(WordForms.isSpelling("dyshidrosis", "dysidrosis"));
        assertTrue(!WordForms.isSpelling("tear", "torn"));
    }

    @Test
    void conditionsWrittenInAnotherSpellingOrAFormTheIndexPrintsAreFound() {
        assertTrue(codes("MRI shows diskitis at the lumbar levels.").stream().anyMatch(c -> c.startsWith("M46.4")));
        assertTrue(codes("He came in with an acute gouty attack of the toe.").stream().anyMatch(c -> c.startsWith("M10")));
        assertTrue(codes("Two syncopal spells while standing in line.").contains("R55"));
    }

    /** The mentions (covered text = code) a finder over these lexicon terms reads, "renal" read as "kidney". */
    private static List<String> readWithForms(String text, Term... terms) {
        var models = TestModels.models();
        MentionFinder finder = new MentionFinder(new Lexicon(List.of(terms)), java.util.Set.of(),
                MeasurementFinder.standard(models.codeSet()), InjuryFinder.standard(models),
                new WordForms(java.util.Map.of("renal", "kidney")), java.util.Set.of());
        Document doc = Document.of(new Note(text, CareSetting.INPATIENT));
        doc = SentenceSplitter.clinical().process(SectionDetector.standard().process(doc));
        return finder.process(doc).mentions().stream()
                .map(m -> m.text() + "=" + m.terms().get(0).code()).toList();
    }

    @Test
    void aFormAfterTheFirstWordsOfATermIsReadAsTheLexiconWord() {
        Term ckd = new Term("chronic kidney disease", "N18.9", TermSource.TITLE);
        Term kidney = new Term("kidney disease", "N28.9", TermSource.TITLE);
        Term chronicPain = new Term("chronic pain", "G89.29", TermSource.TITLE);
        // the form stands on the run's second word: the written words "chronic" begin a term, so the form is read
        assertEquals(List.of("chronic renal disease=N18.9"), readWithForms("She has chronic renal disease.", ckd, kidney));
        // the written words stop beginning a term before the form: the form starts its own run
        assertEquals(List.of("chronic pain=G89.29", "renal disease=N28.9"),
                readWithForms("He has chronic pain and renal disease.", ckd, kidney, chronicPain));
        assertEquals(List.of("renal disease=N28.9"), readWithForms("Chronic, renal disease.", ckd, kidney));
        // as written, the written term wins
        assertEquals(List.of("chronic kidney disease=N18.9"), readWithForms("Known chronic kidney disease.", ckd, kidney));
    }
}
