package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.HistoryCodeMap;
import org.opencac.engine.coding.HistoryMapping;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;

/**
 * A personal history code is for a condition that no longer exists (Guidelines I.C.21.c.4): when the note
 * codes a chronic condition as current ({@code chronic_conditions.tsv}: bipolar disorder, depression,
 * atrial fibrillation ...) and a "history of" the same condition gave its personal history code ("a history
 * of bipolar disorder" beside "bipolar disorder, manic" in the diagnoses), the history code is dropped: the
 * history is the course of the current condition. The two are the same condition when the current code's
 * personal history code ({@link HistoryCodeMap}) is the history code and a word of the history mention
 * (other than the words of {@code history_mention_words.txt}) is a word of a current mention; a past condition of another kind ("a
 * history of anorexia" beside depression) keeps its history code. A condition of any kind is the same when the
 * history mention reads as exactly the current code.
 */
public final class CurrentConditionHistoryCheck implements Stage {
    public static final String WORDS = "/org/opencac/engine/convention/history_mention_words.txt";

    private final HistoryCodeMap history;
    private final List<String> chronicPrefixes;
    private final Set<String> historyWords;

    /** @param historyWords words of a history mention that do not name its condition (lowercase) */
    public CurrentConditionHistoryCheck(HistoryCodeMap history, List<String> chronicPrefixes, Set<String> historyWords) {
        this.history = history;
        this.chronicPrefixes = List.copyOf(chronicPrefixes);
        this.historyWords = Set.copyOf(historyWords);
    }

    public static CurrentConditionHistoryCheck standard() {
        return new CurrentConditionHistoryCheck(HistoryCodeMap.standard(),
                HistoryMapping.readPrefixes(HistoryMapping.CHRONIC), Set.copyOf(DataFiles.lines(WORDS)));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        List<CodeCandidate> out = new ArrayList<>(list.size());
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : list) {
            CodeCandidate current = currentOf(doc, c, list);
            if (current == null) {
                out.add(c);
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED, c.code() + ": the condition is"
                        + " current (" + current.code() + "), so not a personal history (Guidelines I.C.21.c.4)",
                        current.code()));
            }
        }
        return decisions.isEmpty() ? doc : doc.withCandidates(out).withDecisions(decisions);
    }

    /** The current chronic condition whose history this candidate's mentions tell, or null. */
    private CodeCandidate currentOf(Document doc, CodeCandidate c, List<CodeCandidate> all) {
        if (!c.code().startsWith("Z8")) {
            return null;
        }
        Set<String> told = words(doc, c);
        told.removeAll(historyWords);
        if (told.isEmpty()) {
            return null;
        }
        for (CodeCandidate o : all) {
            if (o != c && (chronic(o.code()) || namedBy(doc, c, o.code()))
                    && history.personalHistoryCode(o.code()).filter(c.code()::equals).isPresent()) {
                Set<String> shared = words(doc, o);
                shared.retainAll(told);
                if (!shared.isEmpty()) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * Whether a mention of the history candidate reads as exactly this current code: "a history of pain related
     * to a herniated disc at T8-T9" beside the herniated disc at T8-T9 being operated on tells the course of
     * the current condition, whatever its kind.
     */
    private static boolean namedBy(Document doc, CodeCandidate c, String currentCode) {
        for (int m : c.mentions()) {
            if (m >= 0 && m < doc.mentions().size()
                    && doc.mentions().get(m).terms().stream().anyMatch(t -> t.code().equals(currentCode))) {
                return true;
            }
        }
        return false;
    }

    private boolean chronic(String code) {
        return chronicPrefixes.stream().anyMatch(code::startsWith);
    }

    /** The lowercase words of the candidate's mentions. */
    private static Set<String> words(Document doc, CodeCandidate c) {
        Set<String> out = new HashSet<>();
        for (int m : c.mentions()) {
            if (m < 0 || m >= doc.mentions().size()) {
                continue;
            }
            for (String w : doc.mentions().get(m).text().toLowerCase(Locale.ROOT).split("[^a-z0-9/]+")) {
                if (w.length() > 2) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
