package org.opencac.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * The sentence model's possible sentence ends found as OpenNLP's own scanner finds them (every position of a
 * character of the model's end set, in order), by a table of the characters instead of a boxed character and
 * a set probe per character of the text: the detector scans every piece it is given, character by character.
 */
final class EndCharScanner implements EndOfSentenceScanner {
    private final Set<Character> ends;
    /** The end characters below 128, by code. */
    private final boolean[] ascii = new boolean[128];
    /** The end characters from 128 on (none in the clinical model). */
    private final char[] others;

    EndCharScanner(Set<Character> ends) {
        this.ends = Set.copyOf(ends);
        StringBuilder rest = new StringBuilder();
        for (char c : this.ends) {
            if (c < 128) {
                ascii[c] = true;
            } else {
                rest.append(c);
            }
        }
        this.others = rest.toString().toCharArray();
    }

    @Override
    public Set<Character> getEOSCharacters() {
        return ends;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        List<Integer> out = new ArrayList<>();
        if (s instanceof String text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                if (isEnd(text.charAt(i))) {
                    out.add(i);
                }
            }
            return out;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            if (isEnd(s.charAt(i))) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public List<Integer> getPositions(StringBuffer buf) {
        return getPositions(buf.toString());
    }

    @Override
    public List<Integer> getPositions(char[] cbuf) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < cbuf.length; i++) {
            if (isEnd(cbuf[i])) {
                out.add(i);
            }
        }
        return out;
    }

    private boolean isEnd(char c) {
        if (c < 128) {
            return ascii[c];
        }
        for (char o : others) {
            if (o == c) {
                return true;
            }
        }
        return false;
    }
}
