package org.opencac.engine.encounter;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.Span;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.WordStartPattern;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * Adds a mention with the encounter's Z code wherever a REASON rule finds the reason for the encounter stated
 * in one of its sections (Guidelines I.C.21.c: encounters for supervision of pregnancy, aftercare, counselling,
 * screening, procedures for purposes other than remedying a health state). The mention is assessed like any
 * other (negation, hypothetical); {@link org.opencac.engine.convention.PrincipalDiagnosisChoice} lists such a
 * code first. One mention per rule: the first place the reason is stated. A rule with a confirming expression
 * counts only when that expression is also found in one of its confirming sections.
 */
public final class EncounterReasonFinder implements Stage {
    /** How far after a visit lead the reason may start ("presents today for an initial ..."). */
    private static final int LEAD_REACH = 30;
    private final List<EncounterRule> rules;
    private final WordStartPattern lead;
    /** The rules' patterns, searched together (by the rule's place in {@link #rules}). */
    private final WordStartPattern.Group patterns;
    /** By section type: the rules read anywhere in it, and those read after a visit lead. */
    private final BitSet[] anywhere = new BitSet[SectionType.values().length];
    private final BitSet[] afterLead = new BitSet[SectionType.values().length];
    /** The rules not read in a procedure report, and the section headers that make a note one. */
    private final BitSet procedureReportRules = new BitSet();
    private final EncounterRules.RuleSet set;

    public EncounterReasonFinder(EncounterRules.RuleSet set) {
        this.rules = set.rules().stream().filter(r -> r.kind() == EncounterRule.Kind.REASON).toList();
        this.lead = set.lead();
        this.patterns = new WordStartPattern.Group(rules.stream().map(EncounterRule::pattern).toList());
        this.set = set;
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).notInProcedureReports()) {
                procedureReportRules.set(r);
            }
        }
        for (SectionType type : SectionType.values()) {
            anywhere[type.ordinal()] = new BitSet();
            afterLead[type.ordinal()] = new BitSet();
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).sections().contains(type)) {
                    anywhere[type.ordinal()].set(r);
                } else if (rules.get(r).leadSections().contains(type)) {
                    afterLead[type.ordinal()].set(r);
                }
            }
        }
    }

    public static EncounterReasonFinder standard(CodeSet codeSet) {
        return new EncounterReasonFinder(EncounterRules.standard(codeSet));
    }

    @Override
    public Document process(Document doc) {
        List<Mention> added = new ArrayList<>();
        BitSet open = new BitSet();
        open.set(0, rules.size());
        closeInProcedureReport(doc, open);
        WordStartPattern.Group.Searches searches = patterns.in(doc.text());
        WordStartPattern.Search leadSearch = lead.in(doc.text());
        MatchResult[] first = null;   // each sentence's first matches, in one array for the note
        for (int s = 0; s < doc.sentences().size() && !open.isEmpty(); s++) {
            Sentence sentence = doc.sentences().get(s);
            int start = sentence.span().start();
            int end = sentence.span().end();
            SectionType section = doc.sectionOf(sentence).type();
            BitSet wanted = (BitSet) anywhere[section.ordinal()].clone();
            BitSet leadOnly = afterLead[section.ordinal()];
            // A narrative sentence without a visit lead cannot state the reason: one search of the lead spares
            // the rules read after it in most sentences of a note.
            if (leadOnly.intersects(open) && leadSearch.find(leadFrom(doc, sentence), end) != null) {
                wanted.or(leadOnly);
            }
            wanted.and(open);
            if (wanted.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = new MatchResult[rules.size()];
            }
            searches.firstMatches(start, end, wanted, first);
            for (int r = wanted.nextSetBit(0); r >= 0; r = wanted.nextSetBit(r + 1)) {
                MatchResult m = first[r];
                if (m != null && m.end() > m.start()
                        && (anywhere[section.ordinal()].get(r) || afterLead(doc, sentence, m.start()))
                        && confirmed(doc, rules.get(r))) {
                    open.clear(r);
                    added.add(mention(doc, s, new Span(m.start(), m.end()), rules.get(r)));
                }
            }
        }
        if (added.isEmpty()) {
            return doc;
        }
        List<Mention> all = new ArrayList<>(doc.mentions());
        all.addAll(added);
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> all.get(i).span().start())
                .thenComparingInt(i -> all.get(i).span().end()));
        List<Mention> sorted = new ArrayList<>(all.size());
        int[] moved = new int[all.size()];
        for (int at = 0; at < order.length; at++) {
            sorted.add(all.get(order[at]));
            moved[order[at]] = at;
        }
        // the decisions already taken on the note's mentions (a word read in another sense) follow them to their
        // new places, so the mentions added before them do not take them over
        List<MentionDecision> decisions = new ArrayList<>(doc.decisions().size());
        for (MentionDecision d : doc.decisions()) {
            decisions.add(d.mentionIndex() < moved.length
                    ? new MentionDecision(moved[d.mentionIndex()], d.reason(), d.detail(), d.relatedCode()) : d);
        }
        return new Document(doc.note(), doc.sections(), doc.sentences(), doc.tokens(), sorted, doc.assertions(),
                doc.candidates(), doc.suggestions(), doc.queries(), decisions, doc.outcomes());
    }

    /** True if the rule needs no confirmation or its confirming expression is found in one of its sections. */
    private static boolean confirmed(Document doc, EncounterRule rule) {
        if (rule.confirmedBy() == null) {
            return true;
        }
        for (Sentence s : doc.sentences()) {
            if (rule.confirmSections().contains(doc.sectionOf(s).type())
                    && rule.confirmedBy().find(doc.text(), s.span().start(), s.span().end()) != null) {
                return true;
            }
        }
        return false;
    }

    /** In a procedure report, clears the rules not read in one. */
    private void closeInProcedureReport(Document doc, BitSet open) {
        if (procedureReportRules.isEmpty() || !set.procedureReport(doc)) {
            return;
        }
        open.andNot(procedureReportRules);
    }

    /**
     * Where a sentence's visit lead may begin: the sentence's own start, or, for the first sentence of a section,
     * the start of its header, so a header naming the reason ("REASON FOR ADMISSION: chemotherapy") leads it.
     */
    private static int leadFrom(Document doc, Sentence sentence) {
        Span header = doc.sectionOf(sentence).header();
        int start = sentence.span().start();
        if (header == null || header.end() > start) {
            return start;
        }
        String text = doc.text();
        for (int i = header.end(); i < start; i++) {   // stops at the first word: a later sentence costs one step
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ':' && c != ',') {
                return start;
            }
        }
        return header.start();
    }

    /** True if a visit lead of the sentence, or of the header that opens it, ends shortly before {@code start}. */
    private boolean afterLead(Document doc, Sentence sentence, int start) {
        Matcher l = lead.pattern().matcher(doc.text()).region(leadFrom(doc, sentence), start);
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
