package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Random;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The remembered features of a possible sentence end are the detector's own, and the text they are remembered by
 * holds every character the detector's generator reads.
 */
class RememberedContextGeneratorTest {
    private static SentenceModel loaded;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(SentenceSplitter.CTAKES_MODEL)) {
            loaded = new SentenceModel(in);
        }
    }

    /** Letters, digits, end marks and other punctuation, and several kinds of white space (a no-break one too). */
    private static final String ALPHABET = "aAbBeEmMgGDrxX01..!?;:,)(\"'-/  \n\t\u00a0\u2009é";
    private static final String[] WORDS = {"Dr", "mg", "Take", "p.o", "b.i.d", "No", "St", "vs", "I", "  ", "\n\n"};

    /** Short random texts: the same windows come back at other places of other texts, at their starts and ends. */
    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(10);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(3) == 0) {
                b.append(WORDS[random.nextInt(WORDS.length)]);
            } else {
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
        }
        return b.toString();
    }

    @Test
    void everyEndsFeaturesAreTheGeneratorsOwnFirstAndLaterTimes() {
        SDContextGenerator plain = loaded.getFactory().getSDContextGenerator();
        SDContextGenerator remembered = RememberedSentenceModel.of(loaded).getFactory().getSDContextGenerator();
        Random random = new Random(44);
        for (int t = 0; t < 20_000; t++) {
            String text = text(random);
            for (int p = 0; p < text.length(); p++) {
                assertArrayEquals(plain.getContext(text, p), remembered.getContext(text, p), text + " @" + p);
            }
        }
    }

    @Test
    void theGeneratorReadsNothingOutsideTheWindow() {
        SDContextGenerator plain = loaded.getFactory().getSDContextGenerator();
        Random random = new Random(4404);
        for (int t = 0; t < 20_000; t++) {
            String text = text(random);
            for (int p = 0; p < text.length(); p++) {
                ReadBounds read = new ReadBounds(text);
                plain.getContext(read, p);
                int from = RememberedContextGenerator.windowStart(text, p);
                int to = RememberedContextGenerator.windowEnd(text, p);
                assertTrue(read.lowest >= from && read.highest < to,
                        "read [" + read.lowest + ", " + read.highest + "] outside [" + from + ", " + to + ") of '"
                                + text + "' @" + p);
            }
        }
    }

    /** A text that notes the lowest and highest place read of it (its length aside, which the window's end tells). */
    private static final class ReadBounds implements CharSequence {
        private final String text;
        int lowest = Integer.MAX_VALUE;
        int highest = -1;

        ReadBounds(String text) {
            this.text = text;
        }

        private void read(int from, int to) {
            if (to > from) {
                lowest = Math.min(lowest, from);
                highest = Math.max(highest, to - 1);
            }
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            read(index, index + 1);
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            read(start, end);
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            read(0, text.length());
            return text;
        }
    }
}
