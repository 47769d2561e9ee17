package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The remembered sentence model answers as the model it remembers, the first time and every time after. */
class RememberedSentenceModelTest {
    private static SentenceModel loaded;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(SentenceSplitter.CTAKES_MODEL)) {
            loaded = new SentenceModel(in);
        }
    }

    private static final List<String> PIECES = List.of(
            "Pt. seen by Dr. Jones today. BP 120/80. Take 5 mg. p.o. daily.",
            "She was admitted on 3.12. and discharged home. Follow up in 2 wks.",
            "No fever. No chills! Is the pain worse? Yes.",
            "Lungs clear.Heart regular.  Abdomen soft , nontender .",
            "Vitals: T 98.6 F. HR 72. RR 16. Sat 99 % on RA.",
            "E. coli grew. Started cipro 500 mg b.i.d. x 7 days.");

    @Test
    void theDetectorSplitsAsWithTheLoadedModelEveryTime() {
        SentenceDetectorME plain = new SentenceDetectorME(loaded);
        SentenceDetectorME remembered = new SentenceDetectorME(RememberedSentenceModel.of(loaded));
        for (int round = 0; round < 2; round++) {
            for (String piece : PIECES) {
                assertEquals(Arrays.asList(plain.sentPosDetect(piece)), Arrays.asList(remembered.sentPosDetect(piece)), piece);
                assertArrayEquals(plain.getSentenceProbabilities(), remembered.getSentenceProbabilities(), piece);
            }
        }
    }

    @Test
    void everyEvaluationEqualsTheModelsOwn() {
        RememberedSentenceModel model = new RememberedSentenceModel(loaded.getMaxentModel());
        List<String[]> contexts = List.of(new String[0], new String[] {""}, new String[] {"x=mg", "s=", "n=Take"},
                new String[] {"x=mg", "s=", "n=Take", ""}, new String[] {"odd\u0001feature", "x=Dr"});
        for (int round = 0; round < 2; round++) {
            for (String[] c : contexts) {
                assertArrayEquals(loaded.getMaxentModel().eval(c), model.eval(c), String.join("|", c));
            }
        }
        assertEquals(loaded.getMaxentModel().getNumOutcomes(), model.getNumOutcomes());
    }

    /** Letters of both cases, digits, end marks and other punctuation, and several kinds of whitespace. */
    private static final String ALPHABET = "aAbBeEmMgGDrxX01..!?;:,)(\"'-/  \n\t\u00a0é";
    private static final String[] WORDS = {"Dr", "mg", "Take", "p.o", "b.i.d", "e.g", "No", "BP", "St", "vs", "I"};

    /** Random text from short runs of the alphabet and the model's kind of words (abbreviations, capitals). */
    private static String text(java.util.Random random) {
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
    void theDetectorSplitsAsWithTheLoadedModelOnGeneratedTexts() {
        // contexts come back within and across texts, so most evaluations after the first texts are remembered ones
        SentenceDetectorME plain = new SentenceDetectorME(loaded);
        SentenceDetectorME remembered = new SentenceDetectorME(RememberedSentenceModel.of(loaded));
        java.util.Random random = new java.util.Random(2026);
        for (int t = 0; t < 20_000; t++) {
            String text = text(random) + " " + text(random) + ". " + text(random);
            assertEquals(Arrays.asList(plain.sentPosDetect(text)), Arrays.asList(remembered.sentPosDetect(text)), text);
            assertArrayEquals(plain.getSentenceProbabilities(), remembered.getSentenceProbabilities(), text);
        }
    }
}
