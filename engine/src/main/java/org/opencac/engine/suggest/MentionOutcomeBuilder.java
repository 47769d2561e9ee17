package org.opencac.engine.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.AssertionStatus;
import org.opencac.engine.assertion.ContextCategory;
import org.opencac.engine.assertion.ContextRule;
import org.opencac.engine.assertion.ContextRules;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.HistoryMapping;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * One {@link MentionOutcome} per mention, from the final candidates and the decisions the earlier stages
 * recorded. A mention that supports a suggestion is coded, unless a stage recoded it to a family or
 * personal history code; otherwise the last decision about it is the reason. Reads, never re-derives.
 */
public final class MentionOutcomeBuilder implements Stage {
    /** Codes whose term names a condition only looked for (screening), read by the mentions as hypothetical. */
    public static final String LOOKED_FOR = "/org/opencac/engine/suggest/looked_for_codes.tsv";

    private final List<String> lookedFor;
    /** The last word of each family cue written as a literal, by rule id ("fam_family_history": "history"). */
    private final Map<String, String> familyCueLastWords;

    /**
     * @param lookedFor code prefixes whose term names a condition only looked for ("screening for depression")
     * @param rules     the assertion cue rules, to tell a relative's past condition ("father with history of
     *                  prostate cancer") from the relatives' history a family cue names ("family history of gout")
     */
    public MentionOutcomeBuilder(List<String> lookedFor, ContextRules rules) {
        this.lookedFor = List.copyOf(lookedFor);
        Map<String, String> last = new HashMap<>();
        for (ContextRule r : rules.rules()) {
            if (r.category() == ContextCategory.FAMILY && r.pattern().isEmpty()) {
                List<String> words = TermNormalizer.words(r.literal());
                if (!words.isEmpty()) {
                    last.put(r.id(), words.get(words.size() - 1));
                }
            }
        }
        this.familyCueLastWords = Map.copyOf(last);
    }

    /** The builder with the bundled {@code looked_for_codes.tsv} and the given cue rules. */
    public static MentionOutcomeBuilder standard(ContextRules rules) {
        return new MentionOutcomeBuilder(HistoryMapping.readPrefixes(LOOKED_FOR), rules);
    }

    @Override
    public Document process(Document doc) {
        Map<Integer, List<String>> codesByMention = new HashMap<>();
        for (CodeCandidate c : doc.candidates()) {
            for (int m : c.mentions()) {
                codesByMention.computeIfAbsent(m, k -> new ArrayList<>()).add(c.code());
            }
        }
        Map<Integer, MentionDecision> dropped = new HashMap<>();
        Map<Integer, MentionDecision> recoded = new HashMap<>();
        for (MentionDecision d : doc.decisions()) {
            (isRecoding(d) ? recoded : dropped).put(d.mentionIndex(), d);
        }
        List<MentionOutcome> out = new ArrayList<>(doc.mentions().size());
        for (int i = 0; i < doc.mentions().size(); i++) {
            List<String> codes = codesByMention.getOrDefault(i, List.of());
            // in a suggestion: coded, unless recoded to a history code; else the last stage that dropped it says why
            MentionDecision decision = codes.isEmpty() ? dropped.getOrDefault(i, recoded.get(i)) : recoded.get(i);
            out.add(outcome(doc, i, codes, decision));
        }
        return doc.withOutcomes(out);
    }

    private MentionOutcome outcome(Document doc, int i, List<String> codes, MentionDecision decision) {
        Mention m = doc.mentions().get(i);
        Assertion a = doc.assertionOf(i);
        String section = doc.sectionOf(doc.sentences().get(m.sentenceIndex())).category();
        Set<String> candidates = new LinkedHashSet<>();
        for (Term t : m.candidateTerms()) {
            candidates.add(t.code());
        }
        NotCodedReason reason = null;
        String detail = null;
        String related = null;
        if (codes.isEmpty()) {
            reason = decision == null ? NotCodedReason.DROPPED_BY_CONVENTION : decision.reason();
            detail = decision == null ? "" : decision.detail();
            related = decision == null ? null : decision.relatedCode();
        } else if (decision != null && isRecoding(decision)) {
            reason = decision.reason();
            detail = decision.detail();
            related = decision.relatedCode();
        }
        String explanation = reason == null ? null : detail.isEmpty() ? reason.label() : reason.label() + ": " + detail;
        // A history code stands for the condition of a relative or of the past, whether a cue or the term
        // itself ("family history of colon cancer") said so: the mention reports whose and when it is.
        // A term naming a personal history ("history of prostate cancer", Z85.46) says when, also of a relative's,
        // unless its "history" is the family history a cue names ("family history of gout").
        boolean namesPersonalHistory = !candidates.isEmpty()
                && allMatch(candidates, HistoryMapping::isPersonalHistoryCode)
                && !familyCueEndsInMention(a, m);
        // A term naming a screening ("screening for depression", Z13.31) says its condition is only looked for.
        boolean namesScreening = !candidates.isEmpty()
                && allMatch(candidates, this::lookedFor);
        String status = a.status() != AssertionStatus.PRESENT ? lowerName(a.status())
                : reason == NotCodedReason.PERSONAL_HISTORY || namesPersonalHistory ? "historical"
                : namesScreening ? "hypothetical" : "present";
        // a term naming a family history ("no family history of sudden death", Z82.41) is the relatives' even negated
        boolean namesFamilyHistory = !candidates.isEmpty()
                && allMatch(candidates, HistoryMapping::isFamilyHistoryCode);
        String experiencer = reason == NotCodedReason.FAMILY_HISTORY || namesFamilyHistory ? "family"
                : lowerName(a.experiencer());
        return new MentionOutcome(m.span().start(), m.span().end(), m.text(), section, status, experiencer,
                List.copyOf(candidates), codes, reason == null,
                reason == null ? null : lowerName(reason), explanation, related);
    }

    /**
     * The constants' names lower-cased, by enum class and ordinal: each mention's outcome writes two or three of
     * them, the same few strings note after note.
     */
    private static final ClassValue<String[]> LOWER_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

    /** {@code e.name().toLowerCase(Locale.ROOT)}, made once per constant. */
    private static String lowerName(Enum<?> e) {
        return LOWER_NAMES.get(e.getDeclaringClass())[e.ordinal()];
    }

    /** Whether every code passes the test. */
    private static boolean allMatch(Set<String> codes, Predicate<String> test) {
        for (String code : codes) {
            if (!test.test(code)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the code's term names a condition only looked for (a screening code). */
    private boolean lookedFor(String code) {
        for (int k = 0; k < lookedFor.size(); k++) {
            if (code.startsWith(lookedFor.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a family cue that fired ends with the mention's first word ("family history" + "history of gout"). */
    private boolean familyCueEndsInMention(Assertion a, Mention m) {
        List<String> first = TermNormalizer.words(m.text());
        if (first.isEmpty()) {
            return false;
        }
        for (String cue : a.cues()) {
            if (first.get(0).equals(familyCueLastWords.get(cue))) {
                return true;
            }
        }
        return false;
    }

    /** The mention still supports a suggestion, but under a history code instead of its own. */
    private static boolean isRecoding(MentionDecision d) {
        return d.reason() == NotCodedReason.FAMILY_HISTORY || d.reason() == NotCodedReason.PERSONAL_HISTORY;
    }
}
