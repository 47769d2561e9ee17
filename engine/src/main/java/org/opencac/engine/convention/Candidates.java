package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.Document;
import org.opencac.engine.coding.Alternative;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.LowerWords;
import org.opencac.models.codeset.Code;

/** Small helpers the checks share for rewriting immutable candidates. */
final class Candidates {
    private Candidates() {
    }

    static CodeCandidate withRationale(CodeCandidate c, String line) {
        List<String> why = new ArrayList<>(c.rationale());
        why.add(line);
        return new CodeCandidate(c.code(), c.title(), c.score(), c.mentions(), why, c.alternatives());
    }

    /** The candidate recoded to another code, keeping its evidence, with one more rationale line. */
    static CodeCandidate recoded(CodeCandidate c, Code to, String line) {
        List<String> why = new ArrayList<>(c.rationale());
        why.add(line);
        return new CodeCandidate(to.code(), to.title(), c.score(), c.mentions(), why);
    }

    /**
     * A new candidate built from several: the best score and the rationale of those it replaces, and the
     * mentions of every candidate that documents it.
     */
    static CodeCandidate combined(Code code, List<CodeCandidate> replaced, List<CodeCandidate> documenting,
                                  String line) {
        double score = 0;
        TreeSet<Integer> mentions = new TreeSet<>();
        List<String> why = new ArrayList<>();
        for (CodeCandidate c : replaced) {
            score = Math.max(score, c.score());
            mentions.addAll(c.mentions());
            why.addAll(c.rationale());
        }
        for (CodeCandidate c : documenting) {
            mentions.addAll(c.mentions());
        }
        why.add(line);
        return new CodeCandidate(code.code(), code.title(), score, List.copyOf(mentions), why);
    }

    /** Merges candidates that now carry the same code, keeping the first position. */
    static List<CodeCandidate> mergeSameCode(List<CodeCandidate> in) {
        Map<String, CodeCandidate> byCode = new LinkedHashMap<>();
        for (CodeCandidate c : in) {
            CodeCandidate seen = byCode.get(c.code());
            if (seen == null) {
                byCode.put(c.code(), c);
                continue;
            }
            TreeSet<Integer> mentions = new TreeSet<>(seen.mentions());
            mentions.addAll(c.mentions());
            List<Alternative> alternatives = new ArrayList<>(seen.alternatives());
            alternatives.addAll(c.alternatives());
            byCode.put(c.code(), new CodeCandidate(seen.code(), seen.title(), Math.max(seen.score(), c.score()),
                    List.copyOf(mentions), seen.rationale(), alternatives));
        }
        return new ArrayList<>(byCode.values());
    }

    /** One decision per mention of a candidate that a check drops, saying why. */
    static List<MentionDecision> dropped(CodeCandidate c,
            NotCodedReason reason, String detail, String relatedCode) {
        List<MentionDecision> out = new ArrayList<>();
        for (int m : c.mentions()) {
            out.add(new MentionDecision(m, reason, detail, relatedCode));
        }
        return out;
    }

    /**
     * True if a mention of the candidate, not negated, is the reason for the encounter: in the chief complaint
     * (reason for visit or consultation) or the indication.
     */
    static boolean statedAsReason(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            SectionType type = doc.sectionTypeOf(m);
            if ((type == SectionType.CHIEF_COMPLAINT || type == SectionType.INDICATION)
                    && !doc.assertionOf(m).negated()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the candidate has mentions and each one's text holds one of the words (lowercase): a rule's code that
     * the note gives only by such words ("biliary colic") is told by them alone.
     */
    static boolean everyMentionHoldsOneOf(Document doc, CodeCandidate c, WordPhrases words) {
        return everyMentionHoldsOneOf(doc, c, words, WordPhrases.NONE);
    }

    /**
     * Whether every mention of the candidate holds one of the words (each matched as whole words, a phrase as its
     * words in a row: "neuropathy" is not held by "polyneuropathy") and none of the {@code except} words, which
     * make a mention told by those words still a mention of its own ("peripheral neuropathy").
     */
    static boolean everyMentionHoldsOneOf(Document doc, CodeCandidate c, WordPhrases words, WordPhrases except) {
        for (int m : c.mentions()) {
            Mention mention = doc.mentions().get(m);
            List<String> text = words(mention.text());
            if (!words.anyHeldBy(text)) {
                return false;
            }
            if (!except.isEmpty()) {
                List<String> told = new ArrayList<>(text);
                told.addAll(invertedQualifier(doc, mention));
                if (except.anyHeldBy(told)) {
                    return false;
                }
            }
        }
        return !c.mentions().isEmpty();
    }

    /**
     * The word written after a comma right after the mention, as the Index inverts a qualifier ("Neuropathy,
     * peripheral"), lowercased; empty when no comma and word follow it in its sentence.
     */
    private static List<String> invertedQualifier(Document doc, Mention m) {
        var s = doc.sentences().get(m.sentenceIndex());
        int comma = m.endToken();
        if (comma + 1 >= s.endToken() || !",".equals(doc.tokens().get(comma).text())
                || doc.tokens().get(comma + 1).isPunctuation()) {
            return List.of();
        }
        return words(doc.tokens().get(comma + 1).text());
    }

    /** The lowercase words of a text (runs of letters and digits; a hyphen breaks them). */
    static List<String> words(String text) {
        return LowerWords.of(text, LowerWords.Hyphens.BREAK);
    }

    /** The words of the clause a mention lies in (its sentence cut at , ; : .), lowercased. */
    static String clause(Document doc, Mention m) {
        var s = doc.sentences().get(m.sentenceIndex());
        int[] range = Clauses.around(doc.tokens(), s, m.firstToken(), m.endToken());
        return Clauses.words(doc.tokens(), range[0], range[1]).toLowerCase(Locale.ROOT);
    }

    /** The words of a clause's token range (see {@link Clauses#bounds}), lowercased. */
    static String clause(Document doc, int[] range) {
        return Clauses.words(doc.tokens(), range[0], range[1]).toLowerCase(Locale.ROOT);
    }

    /** The whole sentence of a mention, lowercased. */
    static String sentence(Document doc, Mention m) {
        var s = doc.sentences().get(m.sentenceIndex());
        return doc.text().substring(s.span().start(), s.span().end()).toLowerCase(Locale.ROOT);
    }

    /**
     * The sentences of a candidate's mentions ({@link #sentence}), each once however many of its mentions lie in
     * it, joined by " | ".
     */
    static String sentences(Document doc, CodeCandidate c) {
        Set<Integer> seen = new HashSet<>();
        return String.join(" | ", c.mentions().stream().map(m -> doc.mentions().get(m))
                .filter(m -> seen.add(m.sentenceIndex())).map(m -> sentence(doc, m)).toList());
    }
}
