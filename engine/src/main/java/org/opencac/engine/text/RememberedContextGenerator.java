package org.opencac.engine.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.util.StringUtil;

/**
 * The sentence detector's features of a possible sentence end remembered by the text they are read from. OpenNLP's
 * context generator reads, around the end character, the word holding it, the word before and the word after, each
 * found by the white space around it ({@link #windowStart}, {@link #windowEnd}), and whether that text meets the
 * start or the end of the piece; it builds some twenty feature strings from them, and the same windows ("mg. Take",
 * "normal. No") come back in note after note. A window's features are a pure function of its characters, the end's
 * place in it and those two edges, so the remembered features are the ones the generator would build again. The
 * remembered strings are the same objects each time, so the sentence model's memo ({@link RememberedSentenceModel})
 * finds their hashes made and compares them by reference.
 */
final class RememberedContextGenerator implements SDContextGenerator {
    private static final int CAPACITY = 200_000;

    private final SDContextGenerator generator;
    /** The features by window; shared by the detectors of one model, emptied when full. */
    private final ConcurrentHashMap<Window, String[]> features;

    /**
     * @param generator the detector's own generator (one a detector: it is not safe for threads)
     * @param features  the remembered features, shared by every generator made for the same model
     */
    RememberedContextGenerator(SDContextGenerator generator, ConcurrentHashMap<Window, String[]> features) {
        this.generator = generator;
        this.features = features;
    }

    static ConcurrentHashMap<Window, String[]> newMemo() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public String[] getContext(CharSequence text, int position) {
        int start = windowStart(text, position);
        int end = windowEnd(text, position);
        Window key = new Window(text.subSequence(start, end).toString(), position - start, start == 0,
                end == text.length());
        String[] known = features.get(key);
        if (known == null) {
            known = generator.getContext(text, position);
            if (features.size() >= CAPACITY) {
                features.clear();
            }
            features.put(key, known.clone());
            return known;
        }
        return known.clone();   // the caller's own array, as the generator gives
    }

    /**
     * The first character the generator may read left of {@code position}: back over the rest of the end's word,
     * the white space before it, the word before, the white space before that, and one character more (the
     * generator reads the character before a run of white space to find the run's start).
     */
    static int windowStart(CharSequence text, int position) {
        int i = position;
        i = back(text, i, false);
        i = back(text, i, true);
        i = back(text, i, false);
        i = back(text, i, true);
        return Math.max(0, i - 1);
    }

    /** As {@link #windowStart}, rightwards: one past the last character the generator may read. */
    static int windowEnd(CharSequence text, int position) {
        int i = position + 1;
        i = forward(text, i, false);
        i = forward(text, i, true);
        i = forward(text, i, false);
        i = forward(text, i, true);
        return Math.min(text.length(), i + 1);
    }

    /** From i (exclusive), left over the run of white space (or of other characters): where the run begins. */
    private static int back(CharSequence text, int i, boolean space) {
        while (i > 0 && StringUtil.isWhitespace(text.charAt(i - 1)) == space) {
            i--;
        }
        return i;
    }

    /** From i (inclusive), right over the run of white space (or of other characters): one past its end. */
    private static int forward(CharSequence text, int i, boolean space) {
        while (i < text.length() && StringUtil.isWhitespace(text.charAt(i)) == space) {
            i++;
        }
        return i;
    }

    /** A window's text, the end character's place in it, and whether it meets the piece's start or end. */
    record Window(String text, int at, boolean atStart, boolean atEnd) {
    }
}
