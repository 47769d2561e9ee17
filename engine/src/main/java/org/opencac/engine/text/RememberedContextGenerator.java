package org.opencac.engine.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.util.StringUtil;

/**
 * The sentence detector's context generator with the features of each possible end remembered by the text
 * they are made from. OpenNLP's generator ({@code DefaultSDContextGenerator}) reads, around a possible end at
 * {@code position}: the characters right before and after it, the end character itself, and four runs of text
 * whose bounds it finds by scanning for whitespace and end characters (the word before, the part of the word
 * up to the end, the rest of the word after it, the word after); from those alone it builds a dozen feature
 * strings ({@code x=}, {@code v=}, {@code s=}, {@code n=}, their lengths, capitals, abbreviations). Here the
 * same bounds are found by the same scans, and the text from the first bound to the last, with the bounds'
 * offsets in it, is the key: equal keys give equal features, so the generator builds the features only for a
 * key met for the first time ("mg. Take", "Dr. Smith" come back in note after note). A window longer than a
 * key can describe is passed to the generator as it is.
 */
final class RememberedContextGenerator implements SDContextGenerator {
    private static final int CAPACITY = 200_000;
    /** The longest window a key holds (its offsets are single characters). */
    private static final int MAX_WINDOW = Character.MAX_VALUE - 1;

    private final SDContextGenerator generator;
    private final boolean[] endAscii = new boolean[128];
    private final String endOther;
    private final ConcurrentHashMap<String, String[]> contexts;

    /**
     * @param generator the model's own generator, asked for each key met for the first time
     * @param ends      the end characters it was made with
     * @param contexts  the features by key, shared by the detectors of one model
     */
    RememberedContextGenerator(SDContextGenerator generator, char[] ends, ConcurrentHashMap<String, String[]> contexts) {
        this.generator = generator;
        StringBuilder other = new StringBuilder();
        for (char c : ends) {
            if (c < 128) {
                endAscii[c] = true;
            } else {
                other.append(c);
            }
        }
        this.endOther = other.toString();
        this.contexts = contexts;
    }

    @Override
    public String[] getContext(CharSequence sb, int position) {
        String key = key(sb, position);
        if (key == null) {
            return generator.getContext(sb, position);
        }
        String[] known = contexts.get(key);
        if (known == null) {
            known = generator.getContext(sb, position);
            if (contexts.size() >= CAPACITY) {
                contexts.clear();
            }
            contexts.put(key, known.clone());
            return known;
        }
        return known.clone();
    }

    /**
     * The text the generator's features at {@code position} are made from, with the bounds of its runs: null
     * when the window is too long for a key. The bounds are found as the generator finds them.
     */
    String key(CharSequence sb, int position) {
        int lastIndex = sb.length() - 1;
        int prefixStart = previousSpaceIndex(sb, position);
        for (int i = position - 1; i > prefixStart; i--) {
            if (isEnd(sb.charAt(i))) {
                prefixStart = i;   // the nearest end character before the position starts the prefix
                break;
            }
        }
        int previousStart = previousSpaceIndex(sb, prefixStart);
        int suffixEnd = nextSpaceIndex(sb, position, lastIndex);
        for (int i = position + 1; i < suffixEnd; i++) {
            if (isEnd(sb.charAt(i))) {
                suffixEnd = i;   // the nearest end character after the position ends the suffix
                break;
            }
        }
        int nextEnd = nextSpaceIndex(sb, suffixEnd + 1, lastIndex + 1);
        // the characters right before and after the position are read too (whitespace there is a feature)
        int lo = Math.min(previousStart, Math.max(0, position - 1));
        int hi = Math.max(nextEnd, Math.min(sb.length(), position + 2));
        if (hi - lo > MAX_WINDOW || lo < 0) {
            return null;
        }
        StringBuilder key = new StringBuilder(hi - lo + 6);
        key.append(position == lastIndex ? '1' : '0')
                .append((char) (prefixStart - lo)).append((char) (position - lo))
                .append((char) (suffixEnd - lo)).append((char) (nextEnd - lo))
                .append((char) (previousStart - lo))
                .append(sb, lo, hi);
        return key.toString();
    }

    private boolean isEnd(char c) {
        return c < 128 ? endAscii[c] : endOther.indexOf(c) >= 0;
    }

    /** As the generator's own: the start of the whitespace run before {@code seek}'s word, or 0. */
    private static int previousSpaceIndex(CharSequence sb, int seek) {
        seek--;
        while (seek > 0 && !StringUtil.isWhitespace(sb.charAt(seek))) {
            seek--;
        }
        if (seek > 0 && StringUtil.isWhitespace(sb.charAt(seek))) {
            while (seek > 0 && StringUtil.isWhitespace(sb.charAt(seek - 1))) {
                seek--;
            }
            return seek;
        }
        return 0;
    }

    /** As the generator's own: the end of the whitespace run after {@code seek}, or {@code lastIndex}. */
    private static int nextSpaceIndex(CharSequence sb, int seek, int lastIndex) {
        seek++;
        while (seek < lastIndex) {
            char c = sb.charAt(seek);
            if (StringUtil.isWhitespace(c)) {
                while (sb.length() > seek + 1 && StringUtil.isWhitespace(sb.charAt(seek + 1))) {
                    seek++;
                }
                return seek;
            }
            seek++;
        }
        return lastIndex;
    }
}
