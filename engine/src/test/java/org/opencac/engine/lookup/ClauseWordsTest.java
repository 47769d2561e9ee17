package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.text.WordTokenizer;

class ClauseWordsTest {

    @Test
    void inflectedFormsOfOneWordShareAStem() {
        assertTrue(ClauseWords.sameStem("infection", "infected"));
        assertTrue(ClauseWords.sameStem("hypertension", "hypertensive"));
    }

    @Test
    void aPastAndAPresentParticipleDoNotShareAStem() {
        assertFalse(ClauseWords.sameStem("relapsed", "relapsing"));
        assertFalse(ClauseWords.sameStem("bleeding", "bleeded"));
        assertTrue(ClauseWords.sameStem("relapsing", "relapses"));
    }

    @Test
    void aWordAndItsAryAdjectiveDoNotShareAStem() {
        assertFalse(ClauseWords.sameStem("second", "secondary"));
        assertFalse(ClauseWords.sameStem("secondary", "second"));
    }

    @Test
    void shortOrDifferentWordsDoNotShareAStem() {
        assertFalse(ClauseWords.sameStem("hyperthyroidism", "hypothyroidism"));
        assertFalse(ClauseWords.sameStem("renal", "renin"));
        assertFalse(ClauseWords.sameStem("cardiomyopathy", "cardiomegaly"));
    }

    private static final NavigationRules RULES = new NavigationRules(List.of(
            "equivalent\trenal\tkidney", "equivalent\th influenzae\themophilus influenzae",
            "equivalent\turinary tract infection\turinary infection"), "test");

    private static List<String> words(String text) {
        var tokens = new WordTokenizer().tokenize(text);
        return new ClauseWords(tokens, 0, 0, tokens.size(), RULES).all().stream()
                .map(w -> w.word() + "@" + w.firstToken() + "-" + w.endToken()).toList();
    }

    @Test
    void aPhraseOfSeveralWordsReadsAsItsIndexWordsOverAllItsTokens() {
        assertEquals(List.of("h@0-1", "influenzae@1-2", "influenze@1-2", "hemophilus@0-2", "influenzae@0-2"),
                words("H influenzae"));
        assertEquals(List.of("urinary@0-1", "tract@1-2", "infection@2-3", "urinary@0-3", "infection@0-3"),
                words("urinary tract infection"));
    }

    @Test
    void onlyAWholeEquivalentCountsNotItsFirstWords() {
        assertEquals(List.of("urinary@0-1", "tract@1-2", "renal@2-3", "kidney@2-3"), words("urinary tract renal"));
    }

    private static ClauseWords.SentenceWords sentence(String text, List<ClauseWords.Word> readings) {
        var tokens = new WordTokenizer().tokenize(text);
        return new ClauseWords.SentenceWords(tokens, 0, 0, tokens.size(), RULES,
                org.opencac.engine.mention.WordForms.none(), readings);
    }

    private static List<String> describe(List<ClauseWords.Word> words) {
        return words.stream().map(w -> w.word() + "@" + w.firstToken() + "-" + w.endToken()).toList();
    }

    @Test
    void aClauseOfASentenceHasOnlyTheWordsInsideItsBounds() {
        var s = sentence("renal failure and urinary tract infection", List.of());
        assertEquals(List.of("renal@0-1", "failure@1-2", "kidney@0-1"), describe(new ClauseWords(s, 0, 2).all()));
        assertEquals(List.of("urinary@3-4", "tract@4-5", "infection@5-6", "urinary@3-6", "infection@3-6"),
                describe(new ClauseWords(s, 3, 6).all()));
        assertTrue(new ClauseWords(s, 0, 2).contains("kidney"));
        assertFalse(new ClauseWords(s, 0, 2).contains("infection"));
    }

    @Test
    void anEquivalentNeedsItsWholePhraseInsideTheBounds() {
        var s = sentence("urinary tract infection", List.of());
        // "infection" alone is the token's own word; the phrase's reading needs "urinary tract" too
        assertEquals(List.of("infection@2-3"), describe(new ClauseWords(s, 1, 3).find("infection")));
        assertEquals(List.of("infection@2-3", "infection@0-3"), describe(new ClauseWords(s, 0, 3).find("infection")));
    }

    @Test
    void aReadingCountsOnlyInAClauseHoldingAllItsTokens() {
        var s = sentence("pneumonia due to P. aeruginosa", List.of(new ClauseWords.Word("pseudomonas", 3, 5)));
        assertTrue(new ClauseWords(s, 0, 6).contains("pseudomonas"));
        assertFalse(new ClauseWords(s, 0, 4).contains("pseudomonas"));
        assertTrue(new ClauseWords(s, 0, 6).namesPerson(List.of("pseudomonas")));
    }

    @Test
    void aWordIsFoundBySameStemAndTakenUnusedFirst() {
        var s = sentence("infected wound infection", List.of());
        ClauseWords w = new ClauseWords(s, 0, 3);
        assertEquals(List.of("infection@2-3", "infected@0-1"), describe(w.find("infection")));
        assertEquals(2, w.take("infection", IndexWalker.key("infection"), TokenSet.of(java.util.Set.of())).firstToken());
        assertEquals(0, w.take("infection", IndexWalker.key("infection"), TokenSet.of(java.util.Set.of(2))).firstToken());
        assertEquals(2, w.take("infection", IndexWalker.key("infection"), TokenSet.of(java.util.Set.of(0, 2))).firstToken());
        assertEquals(null, w.take("fracture", IndexWalker.key("fracture"), TokenSet.of(java.util.Set.of())));
    }

    @Test
    void theKeysOfAClauseAreThoseOfItsOwnWords() {
        var s = sentence("renal failure and urinary tract infection", List.of());
        assertEquals(java.util.Set.of("renal", "failur", "kidney"), java.util.Set.copyOf(new ClauseWords(s, 0, 2).keys()));
    }

    @Test
    void onlyACapitalizedWordInsideTheSentenceNamesAPerson() {
        var s = sentence("Crohn disease per Crohn", List.of());
        assertFalse(new ClauseWords(s, 0, 2).namesPerson(List.of("crohn")));
        assertTrue(new ClauseWords(s, 0, 4).namesPerson(List.of("crohn")));
    }

    @Test
    void aWindowInsideARepeatedWordFindsOnlyItsOwnOccurrences() {
        var s = sentence("pain pain renal pain pain", List.of());
        ClauseWords w = new ClauseWords(s, 1, 3);
        assertEquals(List.of("pain@1-2"), describe(w.find("pain")));
        assertEquals(List.of("pain@1-2", "renal@2-3", "kidney@2-3"), describe(w.all()));
        assertEquals(List.of("pain@3-4", "pain@4-5"), describe(new ClauseWords(s, 3, 5).find("pain")));
        assertFalse(new ClauseWords(s, 3, 5).contains("kidney"));
    }

    @Test
    void everyBarrierWordIsReadWhateverItsLengthAndKeepsItsLinks() {
        NavigationRules rules = new NavigationRules(List.of("barrier_before\tfor\tsuspicious|concerning",
                "barrier_before\tpreventing\t"), "test");
        assertEquals(Set.of("suspicious", "concerning"), rules.barriersBefore.get("for"));
        assertEquals(Set.of(), rules.barriersBefore.get("preventing"));
        assertEquals("preventing".length(), rules.maxBarrierLength);
    }

    @Test
    void aPrepositionIsABarrierOnlyRightAfterItsCoordinator() {
        NavigationRules rules = new NavigationRules(List.of("barrier_after\tin\tand|or"), "test");
        var coordinated = new WordTokenizer().tokenize("cysts in the kidney and in the fat pad");
        assertTrue(IndexNavigator.barrier(coordinated, 5, rules), "'in' right after 'and'");
        assertFalse(IndexNavigator.barrier(coordinated, 1, rules), "a lone 'in' links its phrase");
    }

    @Test
    void aSentenceNamesDrugHarmOnlyWhenOneOfItsWordsIsAWordOfHarm() {
        NavigationRules rules = new NavigationRules(List.of("drug_effect\toverdose\t2"), "test");
        var harm = new WordTokenizer().tokenize("Intentional acetaminophen overdose");
        var sentence = new ClauseWords.SentenceWords(harm, 0, 0, harm.size(), rules,
                org.opencac.engine.mention.WordForms.none(), List.of());
        assertTrue(new ClauseWords(sentence, 0, 1).mayNameHarm(), "the sentence's word, outside the clause");
        var none = new WordTokenizer().tokenize("Takes acetaminophen daily");
        assertFalse(new ClauseWords(none, 0, 0, none.size(), rules).mayNameHarm());
    }

    @Test
    void aSentenceNamesDrugHarmThroughAnEquivalentAFormASpellingOrAReading() {
        NavigationRules rules = new NavigationRules(List.of("drug_effect\toverdose\t2", "drug_effect\ttoxicity\t6",
                "drug_effect\tanaemia\t6", "equivalent\tdrug od\toverdose", "implies_in_statement\tlevel high\ttoxicity"),
                "test");
        var forms = org.opencac.engine.mention.GivenWordForms.of(java.util.Map.of("toxic", "drug toxicity"));
        java.util.function.BiFunction<String, List<ClauseWords.Word>, Boolean> harm = (text, readings) -> {
            var t = new WordTokenizer().tokenize(text);
            var sentence = new ClauseWords.SentenceWords(t, 0, 0, t.size(), rules, forms, readings, true);
            return new ClauseWords(sentence, 0, 1).mayNameHarm();
        };
        assertTrue(harm.apply("Admitted after a drug OD", List.of()), "a phrase standing for a word of harm");
        assertTrue(harm.apply("Digoxin level high", List.of()), "a phrase implying one in the statement");
        assertTrue(harm.apply("Lithium was toxic", List.of()), "a form reading as one");
        assertTrue(harm.apply("Some anaemia noted", List.of()), "the spelling the rules print");
        assertTrue(harm.apply("Was given aspirin", List.of(new ClauseWords.Word("overdose", 0, 1))), "a reading");
        assertFalse(harm.apply("A drug level was drawn", List.of()), "the phrases' first words alone");
        assertFalse(harm.apply("Takes lithium daily", List.of()));
    }

    @Test
    void aPhraseImpliesNothingWhenTheWordBeforeItMakesItTheEndOfAnotherName() {
        NavigationRules rules = new NavigationRules(List.of("implies\tcoli\tlarge intestine",
                "implies_unless_after\tcoli\te|escherichia"), "test");
        java.util.function.Function<String, List<String>> read = text -> {
            var t = new WordTokenizer().tokenize(text);
            return new ClauseWords(t, 0, 0, t.size(), rules).all().stream().map(ClauseWords.Word::word).toList();
        };
        assertTrue(read.apply("melanosis coli").contains("intestine"), "the colon, after a condition word");
        assertFalse(read.apply("infection due to E. coli").contains("intestine"), "the bacterium, past the period");
        assertFalse(read.apply("Escherichia coli bacteremia").contains("intestine"), "the bacterium's full name");
    }

    @Test
    void aWordTheClauseReadsIsNeverPassedOverByItsKeysBucket() {
        var tokens = new WordTokenizer().tokenize("renal infected cyst of the kidney");
        ClauseWords w = new ClauseWords(tokens, 0, 0, tokens.size(), RULES);
        for (String indexWord : List.of("renal", "kidney", "infection", "infected", "cyst")) {
            String key = IndexWalker.key(indexWord);
            assertEquals(key.hashCode(), ClauseWords.keyHash(indexWord));
            assertTrue(w.mayRead(ClauseWords.keyBucket(key.hashCode())), indexWord);
            assertTrue(w.take(indexWord, key, TokenSet.EMPTY) != null, indexWord);
        }
    }

    @Test
    void aKeysBucketNoWordOfTheSentenceFillsReadsNothing() {
        var tokens = new WordTokenizer().tokenize("renal cyst");
        ClauseWords w = new ClauseWords(tokens, 0, 0, tokens.size(), RULES);
        int filled = 0;
        for (int bucket = 0; bucket < 256; bucket++) {
            filled += w.mayRead(bucket) ? 1 : 0;
        }
        assertTrue(filled >= 1 && filled <= 3, "renal, kidney, cyst: " + filled);
        assertEquals(ClauseWords.keyHash("infection"), "infect".hashCode());
    }

    private static final NavigationRules PRACTITIONERS = new NavigationRules(List.of(
            "practitioner_ending\tician\t", "practitioner_ending\tist\t"), "test");

    private static List<String> readingsOf(String text, String indexWord) {
        var tokens = new WordTokenizer().tokenize(text);
        return new ClauseWords(tokens, 0, 0, tokens.size(), PRACTITIONERS).find(indexWord).stream()
                .map(ClauseWords.Word::word).toList();
    }

    @Test
    void aPractitionersNameIsNotTheWordOfItsPractice() {
        assertEquals(List.of(), readingsOf("her physician ordered a treadmill test", "physical"));
        assertEquals(List.of(), readingsOf("she sees a therapist weekly", "therapy"));
        assertEquals(List.of(), readingsOf("the psychiatric nurse called", "psychiatrist"));
    }

    @Test
    void aPractitionersNameStillReadsAsItsOwnFormsAndAWordItBegins() {
        assertEquals(List.of("infected"), readingsOf("an infected toe", "infection"));
        assertEquals(List.of("persistent"), readingsOf("a persistent cough", "persist"));
    }
}
