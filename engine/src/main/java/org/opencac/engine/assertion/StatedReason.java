package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;
import org.opencac.models.lexicon.Term;

/**
 * A condition told as past by a history cue ("a child with a history of a nasal hemangioma") in the narrative of why
 * the patient is seen is the reason for this encounter when the note's diagnostic statement (a preoperative,
 * admitting or discharge diagnosis, a chief complaint) names the same condition as the patient's present one: the
 * history cue dates its onset, it does not say the condition is over (Guidelines I.C.21.c.4: history codes are for
 * conditions that no longer exist). Only a history given by a cue is lifted (a past-history section's reading stays),
 * and only in the sections that tell the reason; both kinds of section are data ({@code stated_reason.tsv}). The same
 * condition is a shared candidate code category (its first three characters). A mention that a word of an earlier
 * episode qualifies ("a previous ectopic pregnancy", "a prior left stroke": an {@code episode} word of the data at
 * most {@link #EPISODE_REACH} words before it, in its clause) names another episode than the one the statement
 * names, and stays past.
 */
final class StatedReason {
    static final String DATA = "/org/opencac/engine/assertion/stated_reason.tsv";
    static final String CUE = "stated_reason";

    private final Set<String> statements;
    private final Set<String> told;
    private final Set<String> episodeWords;
    /** How many words before a mention an episode word may stand and qualify it ("a previous right [X]"). */
    static final int EPISODE_REACH = 3;

    StatedReason(Set<String> statements, Set<String> told) {
        this(statements, told, Set.of());
    }

    StatedReason(Set<String> statements, Set<String> told, Set<String> episodeWords) {
        this.statements = Set.copyOf(statements);
        this.told = Set.copyOf(told);
        this.episodeWords = Set.copyOf(episodeWords);
    }

    static StatedReason standard() {
        Set<String> statements = new HashSet<>();
        Set<String> told = new HashSet<>();
        Set<String> episodeWords = new HashSet<>();
        DataFiles.rows(DATA, "kind\tsection category", (f, line) -> {
            String category = f.length > 1 ? f[1].trim() : "";
            if (f[0].equals("statement") && !category.isEmpty()) {
                statements.add(category);
            } else if (f[0].equals("told") && !category.isEmpty()) {
                told.add(category);
            } else if (f[0].equals("episode") && !category.isEmpty()) {
                episodeWords.add(category.toLowerCase(java.util.Locale.ROOT));
            } else {
                throw new IllegalArgumentException(DATA + " line " + line
                        + ": expected statement|told CATEGORY or episode WORD");
            }
        });
        return new StatedReason(statements, told, episodeWords);
    }

    /** The assertions with the cue-given history of a condition the diagnostic statement names as present lifted. */
    List<Assertion> lift(Document doc, List<Assertion> assertions) {
        List<Mention> mentions = doc.mentions();
        Set<String> stated = new HashSet<>();
        for (int j = 0; j < mentions.size(); j++) {
            if (assertions.get(j).presentForPatient() && statements.contains(category(doc, mentions.get(j)))) {
                for (Term t : mentions.get(j).candidateTerms()) {
                    stated.add(category(t));
                }
            }
        }
        if (stated.isEmpty()) {
            return assertions;
        }
        List<Assertion> out = new ArrayList<>(assertions);
        for (int i = 0; i < mentions.size(); i++) {
            Assertion a = assertions.get(i);
            if (a.historical() && !a.negated() && !a.uncertain() && !a.hypothetical()
                    && a.experiencer() == Experiencer.PATIENT && historyByCue(a)
                    && !qualifiedAsEarlierEpisode(doc, mentions.get(i))
                    && told.contains(category(doc, mentions.get(i)))
                    && namesOneOf(mentions.get(i), stated)) {
                List<String> cues = new ArrayList<>(a.cues());
                cues.add(CUE);
                out.set(i, new Assertion(i, false, false, false, false, a.experiencer(), cues));
            }
        }
        return out;
    }

    /** Whether an episode word stands at most {@link #EPISODE_REACH} words before the mention, in its clause. */
    private boolean qualifiedAsEarlierEpisode(Document doc, Mention m) {
        if (episodeWords.isEmpty()) {
            return false;
        }
        int stop = Math.max(0, m.firstToken() - EPISODE_REACH);
        if (m.sentenceIndex() >= 0 && m.sentenceIndex() < doc.sentences().size()) {
            stop = Math.max(stop, doc.sentences().get(m.sentenceIndex()).firstToken());
        }
        for (int k = m.firstToken() - 1; k >= stop; k--) {
            String w = doc.tokens().get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (episodeWords.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return false;
            }
        }
        return false;
    }

    private static boolean historyByCue(Assertion a) {
        return a.cues().stream().noneMatch(AssertionDetector::isSectionCue);
    }

    private static String category(Document doc, Mention m) {
        if (m.sentenceIndex() < 0 || m.sentenceIndex() >= doc.sentences().size()) {
            return "";
        }
        Sentence s = doc.sentences().get(m.sentenceIndex());
        if (s.sectionIndex() < 0 || s.sectionIndex() >= doc.sections().size()) {
            return "";
        }
        return doc.sectionOf(s).category();
    }

    /** Whether a candidate code of the mention is of one of the categories (read with no set built). */
    private static boolean namesOneOf(Mention m, Set<String> categories) {
        for (Term t : m.candidateTerms()) {
            if (categories.contains(category(t))) {
                return true;
            }
        }
        return false;
    }

    /** The term's code category (its first three characters). */
    private static String category(Term t) {
        String c = t.code();
        return c.length() > 3 ? c.substring(0, 3) : c;
    }
}
