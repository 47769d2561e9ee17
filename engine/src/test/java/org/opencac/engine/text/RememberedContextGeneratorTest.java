package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The remembered context generator gives, at every position of any text, the features OpenNLP's own generator
 * gives there, whether the key was met before or not; and the detector built on it splits as the plain one.
 */
class RememberedContextGeneratorTest {
    private static SentenceModel loaded;
    /** Letters of both cases, digits, end marks and other punctuation, and several kinds of whitespace. */
    private static final String ALPHABET = "aAbBeEmMgGDrxX01..!?;:,)(\"'-/  \n\t\u00a0\u2028é";
    private static final String[] WORDS = {"Dr", "mg", "Take", "p.o", "b.i.d", "e.g", "No", "BP", "St", "vs", "I"};

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(SentenceSplitter.CTAKES_MODEL)) {
            loaded = new SentenceModel(in);
        }
    }

    /** Random text from short runs of the alphabet and the model's kind of words (abbreviations, capitals). */
    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(3) == 0) {
                b.append(WORDS[random.nextInt(WORDS.length)]);
            } else {
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
        }
        return b.toString();
    }

    @Test
    void everyPositionHasTheGeneratorsOwnFeaturesFirstAndLaterTimes() {
        // the generator the detector's factory makes: OpenNLP's default one, with the model's end characters
        // and abbreviations
        SentenceDetectorFactory factory = RememberedSentenceModel.of(loaded).getFactory();
        char[] ends = factory.getEOSCharacters();
        Set<String> abbreviations = factory.getAbbreviationDictionary() == null ? Set.of()
                : factory.getAbbreviationDictionary().asStringSet();
        SDContextGenerator own = new DefaultSDContextGenerator(abbreviations, ends);
        RememberedContextGenerator remembered = new RememberedContextGenerator(
                new DefaultSDContextGenerator(abbreviations, ends), ends, new ConcurrentHashMap<>());
        Random random = new Random(14);
        int compared = 0;
        for (int round = 0; round < 2; round++) {
            random.setSeed(14);   // the second round meets every key again
            for (int t = 0; t < 30_000; t++) {
                String text = text(random);
                for (int position = 0; position < text.length(); position++) {
                    String[] expected = own.getContext(text, position);
                    assertArrayEquals(expected, remembered.getContext(text, position),
                            () -> Arrays.toString(expected) + " in [" + text + "]");
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 100_000);
    }

    @Test
    void theDetectorSplitsAsThePlainOneOnGeneratedTexts() {
        SentenceDetectorME plain = new SentenceDetectorME(loaded);
        SentenceModel model = RememberedSentenceModel.of(loaded);
        SentenceDetectorME remembered = new SentenceDetectorME(model);
        SentenceDetectorME second = new SentenceDetectorME(model);   // shares the first one's remembered contexts
        Random random = new Random(2026);
        for (int t = 0; t < 20_000; t++) {
            String text = text(random) + " " + text(random) + ". " + text(random);
            var expected = Arrays.asList(plain.sentPosDetect(text));
            assertEquals(expected, Arrays.asList(remembered.sentPosDetect(text)), text);
            assertArrayEquals(plain.getSentenceProbabilities(), remembered.getSentenceProbabilities(), text);
            assertEquals(expected, Arrays.asList(second.sentPosDetect(text)), text);
        }
    }

    @Test
    void theModelsDetectorsUseTheRememberedGenerator() {
        assertSame(RememberedContextGenerator.class,
                RememberedSentenceModel.of(loaded).getFactory().getSDContextGenerator().getClass());
    }
}
