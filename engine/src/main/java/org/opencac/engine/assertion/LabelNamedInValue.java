package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Term;

/**
 * A dictated form field whose label is a finding and whose value names that finding again with its own answer
 * ("Suicidal ideation: He denies suicidal or homicidal ideation."): the label is the question, the value the answer,
 * so a label still present takes the negation of a mention in its value that shares one of its codes (one code the
 * other's prefix: the label's R45.85 and the value's R45.851). Only a label that ends, at most {@link #LABEL_TAIL}
 * words later, at the colon of its sentence, and only mentions after the colon and before the next one.
 */
final class LabelNamedInValue {
    static final String CUE = "field_value_names_label";
    /** How many words of the label may follow the mention before its colon ("Suicidal ideation screen:"). */
    private static final int LABEL_TAIL = 2;

    /** The assertions, each present label whose value denies the same finding made negated. */
    List<Assertion> apply(Document doc, List<Assertion> assertions) {
        List<Mention> mentions = doc.mentions();
        List<Token> tokens = doc.tokens();
        List<Assertion> out = null;
        for (int i = 0; i < assertions.size(); i++) {
            Assertion label = assertions.get(i);
            Mention m = mentions.get(i);
            if (label.negated() || m.sentenceIndex() < 0 || m.sentenceIndex() >= doc.sentences().size()) {
                continue;
            }
            Sentence s = doc.sentences().get(m.sentenceIndex());
            int colon = colonAfter(tokens, s, m.endToken());
            if (colon < 0) {
                continue;
            }
            int valueEnd = valueEnd(tokens, colon + 1, s.endToken());
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention v = mentions.get(j);
                if (v.sentenceIndex() != m.sentenceIndex() || v.firstToken() >= valueEnd) {
                    break;
                }
                if (v.firstToken() > colon && assertions.get(j).negated() && shareCode(m, v)) {
                    out = out == null ? new ArrayList<>(assertions) : out;
                    out.set(i, label.withNegation(CUE));
                    break;
                }
            }
        }
        return out == null ? assertions : out;
    }

    /** The colon that ends a label ending at {@code end}, no punctuation before it; -1 if none. */
    private static int colonAfter(List<Token> tokens, Sentence s, int end) {
        for (int t = end; t < s.endToken() && t - end <= LABEL_TAIL; t++) {
            String w = tokens.get(t).text();
            if (w.equals(":")) {
                return t;
            }
            if (tokens.get(t).isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** The first colon in [from, to), or {@code to}: where a field's value ends when the next label begins. */
    private static int valueEnd(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).text().equals(":")) {
                return t;
            }
        }
        return to;
    }

    /** Whether one of the label's codes is a prefix of one of the value mention's, or the other way round. */
    private static boolean shareCode(Mention label, Mention value) {
        for (Term a : label.candidateTerms()) {
            for (Term b : value.candidateTerms()) {
                if (a.code().startsWith(b.code()) || b.code().startsWith(a.code())) {
                    return true;
                }
            }
        }
        return false;
    }
}
