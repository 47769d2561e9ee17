package org.opencac.engine.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;

/**
 * Turns the checked candidates into suggestions, each with its evidence spans and rationale. Candidates
 * arrive in reporting order (the sequencing conventions have run), so the first is the first-listed.
 */
public final class SuggestionBuilder implements Stage {

    @Override
    public Document process(Document doc) {
        List<Suggestion> out = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            boolean first = out.isEmpty();
            List<EvidenceSpan> evidence = new ArrayList<>();
            for (int m : c.mentions()) {
                evidence.add(evidence(doc, m));
            }
            out.add(new Suggestion(c.code(), c.title(), true, c.score(), evidence, c.rationale(), first,
                    c.alternatives()));
        }
        return doc.withSuggestions(out);
    }

    /** The evidence span of one mention: its offsets, text, section and assertion. */
    public static EvidenceSpan evidence(Document doc, int mentionIndex) {
        Mention m = doc.mentions().get(mentionIndex);
        Assertion a = doc.assertionOf(mentionIndex);
        String section = doc.sectionOf(doc.sentences().get(m.sentenceIndex())).category();
        return new EvidenceSpan(m.span().start(), m.span().end(), m.text(), section, a.negated(),
                a.status().name().toLowerCase(Locale.ROOT), a.experiencer().name().toLowerCase(Locale.ROOT));
    }
}
