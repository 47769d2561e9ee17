package org.opencac.engine.encounter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.Span;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * Adds a mention with the encounter's Z code wherever a REASON rule finds the reason for the encounter stated
 * in one of its sections (Guidelines I.C.21.c: encounters for supervision of pregnancy, aftercare, counselling,
 * screening, procedures for purposes other than remedying a health state). The mention is assessed like any
 * other (negation, hypothetical); {@link org.opencac.engine.convention.PrincipalDiagnosisChoice} lists such a
 * code first. One mention per rule: the first place the reason is stated.
 */
public final class EncounterReasonFinder implements Stage {
    /** How far after a visit lead the reason may start ("presents today for an initial ..."). */
    private static final int LEAD_REACH = 30;
    private final List<EncounterRule> rules;
    private final Pattern lead;

    public EncounterReasonFinder(EncounterRules.RuleSet set) {
        this.rules = set.rules().stream().filter(r -> r.kind() == EncounterRule.Kind.REASON).toList();
        this.lead = set.lead();
    }

    public static EncounterReasonFinder standard(CodeSet codeSet) {
        return new EncounterReasonFinder(EncounterRules.standard(codeSet));
    }

    @Override
    public Document process(Document doc) {
        List<Mention> added = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            SectionType section = doc.sectionOf(sentence).type();
            for (EncounterRule rule : rules) {
                boolean anywhere = rule.sections().contains(section);
                if (found.contains(rule.id()) || !anywhere && !rule.leadSections().contains(section)) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(doc.text()).region(sentence.span().start(), sentence.span().end());
                if (m.find() && m.end() > m.start() && (anywhere || afterLead(doc, sentence, m.start()))) {
                    found.add(rule.id());
                    added.add(mention(doc, s, new Span(m.start(), m.end()), rule));
                }
            }
        }
        if (added.isEmpty()) {
            return doc;
        }
        List<Mention> all = new ArrayList<>(doc.mentions());
        all.addAll(added);
        all.sort(Comparator.comparingInt((Mention x) -> x.span().start()).thenComparingInt(x -> x.span().end()));
        return doc.withMentions(all);
    }

    /** True if a visit lead of the sentence ends shortly before {@code start}. */
    private boolean afterLead(Document doc, Sentence sentence, int start) {
        Matcher l = lead.matcher(doc.text()).region(sentence.span().start(), start);
        while (l.find()) {
            if (start - l.end() <= LEAD_REACH) {
                return true;
            }
        }
        return false;
    }

    private static Mention mention(Document doc, int sentenceIndex, Span span, EncounterRule rule) {
        return Mention.inSentence(span, span.coveredText(doc.text()), List.of(new Term("encounter for: " + rule.id(),
                rule.code(), TermSource.ENCOUNTER_REASON)), sentenceIndex, doc.sentences().get(sentenceIndex), doc.tokens());
    }
}
