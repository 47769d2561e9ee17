package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.opencac.engine.BoundedCache;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * A text analyzed as the code index analyzes titles ({@code CodeIndex.analyze}: tokenize, lowercase, fold,
 * drop stop words, stem), word by word with each word's analysis remembered. The chain's tokenizer always
 * breaks at a space and its filters read one token at a time, so a text's tokens are its space-separated
 * words' tokens in order; this is relied on only for ASCII text (no combining mark can attach across a
 * space), other text is analyzed whole. The memo is bounded, as the words come from notes.
 */
public final class AnalyzedWords {
    private static final int MAX_WORDS = 100_000;

    private final Function<String, List<String>> analyzer;
    private final BoundedCache<String, List<String>> words;

    /** @param analyzer the analysis of a whole text (a pure function), e.g. {@code CodeIndex::analyze} */
    public AnalyzedWords(Function<String, List<String>> analyzer) {
        this.analyzer = analyzer;
        this.words = new BoundedCache<>(MAX_WORDS, w -> List.copyOf(analyzer.apply(w)));
    }

    /** The tokens the analyzer gives the whole text, in order (a new, modifiable list). */
    public List<String> analyze(String text) {
        if (!TermNormalizer.isAscii(text)) {
            return new ArrayList<>(analyzer.apply(text));
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    out.addAll(words.get(text.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * {@link #analyze}, unmodifiable: one ASCII word's remembered analysis itself, with no list made for it (the
     * readers that ask of each word of a clause only read it).
     */
    public List<String> analyzeReadOnly(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.indexOf(' ') < 0 && TermNormalizer.isAscii(text)) {
            return words.get(text);
        }
        return analyze(text);
    }
}
