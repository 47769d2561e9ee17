package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.note.Span;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;

/**
 * The conditions a coded term denies: a term whose words go on past a denying word ({@code denying_words.txt}:
 * "nausea without vomiting", "inguinal hernia without obstruction or gangrene") codes its head, and names after
 * that word what is not present. Each condition named there (the longest Index key from a word, whose main term
 * names a condition) becomes a mention that codes nothing, inside the term's span; the assertion stage reads the
 * denying word before it and negates it, so the mentions say that vomiting was ruled out while the term still
 * codes nausea. A mention already covering the same words is kept instead.
 */
public final class DeniedComponentFinder implements Stage {
    public static final String WORDS = "/org/opencac/engine/lookup/denying_words.txt";

    private final AlphabeticIndex index;
    private final ConditionTerms conditions;
    private final WordForms forms;
    /** Each denying word or phrase, as its lower-case tokens. */
    private final List<String[]> denying;

    public DeniedComponentFinder(AlphabeticIndex index, WordForms forms, List<String> denyingPhrases) {
        this.index = index;
        this.conditions = new ConditionTerms(index);
        this.forms = forms;
        this.denying = denyingPhrases.stream().map(p -> p.trim().toLowerCase(Locale.ROOT).split("\\s+")).toList();
        if (denying.isEmpty()) {
            throw new IllegalArgumentException(WORDS + ": no denying words");
        }
    }

    /** The finder of the bundled {@code denying_words.txt}. */
    public static DeniedComponentFinder standard(AlphabeticIndex index, WordForms forms) {
        return new DeniedComponentFinder(index, forms, DataFiles.lines(WORDS));
    }

    @Override
    public Document process(Document doc) {
        List<Token> tokens = doc.tokens();
        List<Mention> found = null;
        Set<Long> spans = null;
        List<Mention> mentions = doc.mentions();
        for (int mi = 0; mi < mentions.size(); mi++) {
            Mention m = mentions.get(mi);
            if (m.isFinding() || m.endToken() - m.firstToken() < 3) {
                continue;
            }
            int from = afterDenial(tokens, m);
            for (int i = from; from > 0 && i < m.endToken(); ) {
                int end = conditionEnd(tokens, i, m.endToken());
                if (end < 0) {
                    i++;
                    continue;
                }
                if (spans == null) {
                    spans = new HashSet<>();
                    for (Mention other : mentions) {
                        spans.add(key(other.firstToken(), other.endToken()));
                    }
                    found = new ArrayList<>(mentions);
                }
                if (spans.add(key(i, end))) {
                    Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
                    found.add(new Mention(span, span.coveredText(doc.text()), List.of(), m.sentenceIndex(), i, end));
                }
                i = end;
            }
        }
        return found == null ? doc : doc.withMentions(found);
    }

    private static long key(int first, int end) {
        return ((long) first << 32) | end;
    }

    /** The token after the mention's first denying word (not its first word), or -1 if it has none. */
    private int afterDenial(List<Token> tokens, Mention m) {
        for (int i = m.firstToken() + 1; i < m.endToken() - 1; i++) {
            for (String[] d : denying) {
                int n = d.length;
                if (i + n >= m.endToken()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < n && match; k++) {
                    match = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(d[k]);
                }
                if (match) {
                    return i + n;
                }
            }
        }
        return -1;
    }

    /**
     * One past the last token of the longest Index key from token i (within the term) whose main term names a
     * condition, or -1. A one-word key the Index lacks is read by its base form ("infected": Infection).
     */
    private int conditionEnd(List<Token> tokens, int i, int limit) {
        if (tokens.get(i).norm().isEmpty()) {
            return -1;
        }
        return ConditionTerms.longestKeyEnd(ConditionTerms.keyWalk(index, forms), tokens, i, limit, null,
                (k, known) -> known.mainTerms().stream().anyMatch(conditions::names));
    }
}
