package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.text.Token;
import org.opencac.engine.text.WordTokenizer;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;

/**
 * The one key walk of the Index navigation and the condition words reads, step by step, what a reading that builds
 * every key's string and looks it up would: the same words, ends, keys and look-ups, whatever the key filter says.
 */
class IndexKeyWalkTest {
    private static final String[] WORDS = {
        "Crohn's", "disease", "heart", "failure", "congestive", "acute", "chronic", "kidney", "renal", "infected",
        "infection", "wound", "of", "the", "left", "leg", "pain", "abdominal", "distended", "obstructive", "sleep",
        "apnea", "diabetes", "mellitus", "type", "2", "with", "and", "Down", "syndrome", "coronary", "artery",
        "bypass", "graft", "foreign", "body", "in", "eye", "blurred", "vision", "is", "was", "a", "nausea",
        "vomiting", "fractured", "broken", "mass", "lung", "cancer", "stent", "stenosis", "aortic", "valve",
        ",", ";", "-", "/", ".", "(", ")"
    };
    /** Runs the Index prints as keys of several words, so that walks reach past their first word. */
    private static final String[] PHRASES = {
        "heart failure", "Crohn's disease", "Down syndrome", "obstructive sleep apnea", "foreign body",
        "coronary artery disease", "blurred vision", "diabetes mellitus", "kidney disease", "sleep apnea"
    };

    private final ModelBundle models = TestModels.models();
    private final AlphabeticIndex index = models.alphabeticIndex();
    private final WordForms forms = WordForms.standard(models.lexicon(), index);

    /** One step of a walk: the words read, the end, the key looked up and what the Index holds for it. */
    private record Step(int words, int end, String key, AlphabeticIndex.KeyLookup known) {
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        new WordTokenizer().tokenize(text, 0, text.length(), 0, out);
        return out;
    }

    private static List<Step> walked(IndexKeyWalk keys, List<Token> tokens, int i, int limit, boolean[] taken) {
        List<Step> out = new ArrayList<>();
        keys.from(tokens, i, limit, taken);
        while (keys.nextWord()) {
            AlphabeticIndex.KeyLookup known = keys.lookUp();
            out.add(new Step(keys.words(), keys.end(), known == null ? null : keys.key(), known));
            if (known == null) {
                break;
            }
        }
        return out;
    }

    /** The plain reading: every key's string made and looked up, the base form read as the walk promises. */
    private List<Step> read(List<Token> tokens, int i, int limit, boolean[] taken, Set<String> baseStop,
                            boolean baseOnlyAsMainTerm, boolean punctuationEnds) {
        List<Step> out = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int j = i, n = 0; j < limit && n < index.maxKeyWords() && (taken == null || !taken[j]); j++) {
            String norm = tokens.get(j).norm();
            if (norm.isEmpty()) {
                if (punctuationEnds && tokens.get(j).isPunctuation()) {
                    break;
                }
                continue;
            }
            n++;
            key.append(key.length() > 0 ? " " : "").append(norm);
            String k = key.toString();
            AlphabeticIndex.KeyLookup known = index.lookup(k);
            if (n == 1 && (known == null || known.mainTerms().isEmpty())) {
                String base = forms.base(norm);
                if (base != null && base.indexOf(' ') < 0 && !baseStop.contains(base)) {
                    AlphabeticIndex.KeyLookup ofBase = index.lookup(base);
                    if (!baseOnlyAsMainTerm || ofBase != null && !ofBase.mainTerms().isEmpty()) {
                        known = ofBase;
                        k = base;
                    }
                }
            }
            out.add(new Step(n, j + 1, known == null ? null : k, known));
            if (known == null) {
                break;
            }
        }
        return out;
    }

    @Test
    void aWalkReadsWhatBuildingEveryKeysStringReads() {
        Random random = new Random(23);
        Set<String> baseStop = Set.of("infection");
        int longer = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int w = 2 + random.nextInt(10); w > 0; w--) {
                String piece = random.nextInt(3) == 0 ? PHRASES[random.nextInt(PHRASES.length)]
                        : WORDS[random.nextInt(WORDS.length)];
                text.append(piece).append(random.nextInt(5) == 0 ? "" : " ");
            }
            List<Token> tokens = tokens(text.toString());
            boolean[] taken = new boolean[tokens.size()];
            for (int t = 0; t < taken.length; t++) {
                taken[t] = random.nextInt(8) == 0;
            }
            for (boolean baseOnlyAsMainTerm : new boolean[] {true, false}) {
                for (boolean punctuationEnds : new boolean[] {true, false}) {
                    IndexKeyWalk keys = new IndexKeyWalk(index, forms, baseStop, baseOnlyAsMainTerm, punctuationEnds);
                    for (int i = 0; i < tokens.size(); i++) {
                        int limit = i + random.nextInt(tokens.size() - i + 1);
                        boolean[] stop = random.nextBoolean() ? taken : null;
                        List<Step> expected = read(tokens, i, limit, stop, baseStop, baseOnlyAsMainTerm, punctuationEnds);
                        List<Step> actual = walked(keys, tokens, i, limit, stop);
                        assertEquals(expected.size(), actual.size(), text + " from " + i);
                        for (int k = 0; k < expected.size(); k++) {
                            assertEquals(expected.get(k).words(), actual.get(k).words(), text + " from " + i);
                            assertEquals(expected.get(k).end(), actual.get(k).end(), text + " from " + i);
                            assertEquals(expected.get(k).key(), actual.get(k).key(), text + " from " + i);
                            assertSame(expected.get(k).known(), actual.get(k).known(), text + " from " + i);
                            if (expected.get(k).words() > 1 && expected.get(k).known() != null) {
                                longer++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(longer > 100, "keys of two words or more found: " + longer);
    }

    @Test
    void aOneWordKeyTheIndexLacksAsAMainTermIsReadByItsBaseForm() {
        List<Token> tokens = tokens("distended abdomen");
        IndexKeyWalk keys = new IndexKeyWalk(index, forms, Set.of(), true, false).from(tokens, 0, tokens.size(), null);
        assertTrue(keys.nextWord());
        AlphabeticIndex.KeyLookup known = keys.lookUp();
        assertEquals("distension", keys.key());
        assertTrue(known != null && !known.mainTerms().isEmpty());
    }

    @Test
    void punctuationEndsTheKeyOnlyWhereTheReaderAsks() {
        List<Token> tokens = tokens("heart , failure");
        IndexKeyWalk ending = new IndexKeyWalk(index, forms, Set.of(), false, true).from(tokens, 0, tokens.size(), null);
        assertTrue(ending.nextWord());
        assertEquals(false, ending.nextWord());
        IndexKeyWalk passing = new IndexKeyWalk(index, forms, Set.of(), false, false).from(tokens, 0, tokens.size(), null);
        assertTrue(passing.nextWord());
        assertTrue(passing.nextWord());
        assertEquals(2, passing.words());
        assertEquals(3, passing.end());
    }
}
