package org.opencac.engine.coding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.AssertionDetector;
import org.opencac.engine.mention.Mention;

/**
 * A habit the note names by its person noun ("a smoker", "a 10-cigarette smoker"), or by a word that says it
 * goes on now at the head of its mention ("still smokes", "currently smoking"), is the patient's current
 * habit even inside a "history of" list or a past-history section: the list names it and nothing dates it,
 * and a former habit has words of its own ("ex-smoker", "former smoker"). A habit measured by its rate ("20
 * cigarettes a day") is the same: the rate is what the patient takes now, unless a cue dates it. The mention is then said to
 * persist, like a chronic condition (Guidelines I.C.21.c.4 keep history codes for what no longer exists).
 * Data: {@code current_habit_nouns.tsv} (the nouns, the words of now, and the historical cues that only list).
 */
public final class CurrentHabit {
    public static final String DATA = "/org/opencac/engine/coding/current_habit_nouns.tsv";
    private static final String HISTORICAL_CUE = "hist_";

    private final Set<String> nouns;
    private final Set<String> listCues;
    /** Words that, first in a habit's mention, say it goes on now ("still", "currently"). */
    private final Set<String> nowWords;
    /** Words of a rate inside a habit's mention ("cigarettes a day"): it measures the habit as it is now. */
    private final Set<String> rateWords;

    /** Code prefixes of habits a rate can measure ("F17": nicotine dependence). */
    private final Set<String> rateCodes;

    public CurrentHabit(Set<String> nouns, Set<String> listCues, Set<String> nowWords) {
        this(nouns, listCues, nowWords, Set.of(), Set.of());
    }

    public CurrentHabit(Set<String> nouns, Set<String> listCues, Set<String> nowWords, Set<String> rateWords,
                        Set<String> rateCodes) {
        this.nouns = Set.copyOf(nouns);
        this.listCues = Set.copyOf(listCues);
        this.nowWords = Set.copyOf(nowWords);
        this.rateWords = Set.copyOf(rateWords);
        this.rateCodes = Set.copyOf(rateCodes);
    }

    /** With the bundled nouns and list cues. */
    public static CurrentHabit standard() {
        Set<String> nouns = new HashSet<>();
        Set<String> cues = new HashSet<>();
        Set<String> now = new HashSet<>();
        Set<String> rates = new HashSet<>();
        Set<String> rateCodes = new HashSet<>();
        DataFiles.kinds(DATA, Map.of(
                "noun", value -> nouns.add(value.toLowerCase(Locale.ROOT)),
                "list_cue", cues::add,
                "now_word", value -> now.add(value.toLowerCase(Locale.ROOT)),
                "rate_word", value -> rates.add(value.toLowerCase(Locale.ROOT)),
                "rate_code", rateCodes::add));
        return new CurrentHabit(nouns, cues, now, rates, rateCodes);
    }

    /**
     * True if the historical mention names a habit by its person noun or its rate or opens with a word of now,
     * and every
     * historical cue over it
     * only lists it ("history of", a past-history section), none dating it.
     */
    boolean namedAsCurrent(Document doc, Mention mention, Assertion a, String code) {
        if (!a.historical()
                || !hasNoun(doc, mention) && !hasRate(doc, mention, code) && !opensWithNow(doc, mention)) {
            return false;
        }
        for (String cue : a.cues()) {
            if (cue.startsWith(HISTORICAL_CUE) && !listCues.contains(cue)) {
                return false;
            }
        }
        return a.cues().stream().anyMatch(c -> listCues.contains(c) || AssertionDetector.isSectionCue(c));
    }

    /** The mention's first word says the habit goes on now, and is no name's ("Still's disease"). */
    private boolean opensWithNow(Document doc, Mention mention) {
        if (mention.endToken() - mention.firstToken() < 2
                || !nowWords.contains(doc.tokens().get(mention.firstToken()).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = doc.tokens().get(mention.firstToken() + 1).text();
        return !next.startsWith("'") && !next.startsWith("\u2019");
    }

    private boolean hasNoun(Document doc, Mention mention) {
        for (int t = mention.firstToken(); t < mention.endToken(); t++) {
            if (nouns.contains(doc.tokens().get(t).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A rate word in the mention of a habit code a rate measures ("cigarettes a day", nicotine). */
    private boolean hasRate(Document doc, Mention mention, String code) {
        if (rateCodes.stream().noneMatch(code::startsWith)) {
            return false;
        }
        for (int t = mention.firstToken(); t < mention.endToken(); t++) {
            if (rateWords.contains(doc.tokens().get(t).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
