package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;

/**
 * A past date told by one sentence dates the episode the next sentences tell in the past tense: "In March 2005 she
 * fell at home. She was found to have a pneumonia." The date's cue (a HISTORICAL rule named in {@code
 * dated_episode_carry.tsv}) is carried to each sentence that opens with a subject and a past-tense verb, up to a
 * reach of sentences after the dated one, in the same section, every sentence between also opening so. Carried, the
 * cue is kept to the allowed codes of one rule of the file (the acute episodes, infections and injuries a date in
 * their own sentence makes past): a lasting condition found then still goes on.
 */
final class DatedEpisodeCarry {
    static final String DATA = "/org/opencac/engine/assertion/dated_episode_carry.tsv";
    /** The suffix of a carried cue's id: the date was read in an earlier sentence. */
    static final String CARRIED = "@sentence_before";
    /** How many words, at most, a phrase that opens a sentence before its comma may hold ("At that time,"). */
    private static final int OPENING_PHRASE_WORDS = 4;

    private final Map<String, ContextRule> carried;
    private final int reach;
    private final Set<String> subjects;
    private final Set<String> adverbs;
    private final Set<String> pastVerbs;
    private final Set<String> openers;

    DatedEpisodeCarry(Map<String, ContextRule> carried, int reach, Set<String> subjects, Set<String> adverbs,
                      Set<String> pastVerbs, Set<String> openers) {
        this.carried = Map.copyOf(carried);
        this.reach = reach;
        this.subjects = Set.copyOf(subjects);
        this.adverbs = Set.copyOf(adverbs);
        this.pastVerbs = Set.copyOf(pastVerbs);
        this.openers = Set.copyOf(openers);
    }

    /** A carry of no date. */
    static final DatedEpisodeCarry NONE = new DatedEpisodeCarry(Map.of(), 0, Set.of(), Set.of(), Set.of(), Set.of());

    /**
     * The carry of the bundled file over the given rules; a rule set without its codes_of rule (a test's own few
     * rules) carries no date, and a date rule id such a set lacks otherwise fails at start-up.
     */
    static DatedEpisodeCarry standard(ContextRules rules) {
        Map<String, Set<String>> w = DataFiles.kindSets(DATA, "date_rule", "codes_of", "reach", "subject", "adverb",
                "past_verb", "opener");
        Map<String, ContextRule> byId = new HashMap<>();
        for (ContextRule r : rules.rules()) {
            byId.put(r.id(), r);
        }
        if (w.get("codes_of").size() != 1 || w.get("reach").size() != 1) {
            throw new IllegalStateException(DATA + ": expected one codes_of and one reach line");
        }
        ContextRule limit = byId.get(w.get("codes_of").iterator().next());
        if (limit == null) {
            return NONE;
        }
        Map<String, ContextRule> carried = new HashMap<>();
        for (String id : w.get("date_rule")) {
            ContextRule r = rule(byId, id);
            if (r.category() != ContextCategory.HISTORICAL) {
                throw new IllegalStateException(DATA + ": date_rule " + id + " is not a HISTORICAL rule");
            }
            carried.put(id, r.limitedTo(CARRIED, limit.allowedCodes()));
        }
        return new DatedEpisodeCarry(carried, Integer.parseInt(w.get("reach").iterator().next()), w.get("subject"),
                w.get("adverb"), w.get("past_verb"), w.get("opener"));
    }

    private static ContextRule rule(Map<String, ContextRule> byId, String id) {
        ContextRule r = byId.get(id);
        if (r == null) {
            throw new IllegalStateException(DATA + ": no context rule " + id);
        }
        return r;
    }

    /**
     * The date cues carried to the sentence, each with its scope the whole sentence, or none: the sentence opens in
     * the past tense, and so does each sentence back to the nearest one within the reach (same section) that holds
     * a date cue; {@code cuesOf} gives a sentence's cues.
     */
    List<CueScope> scopes(Document doc, int sentence, IntFunction<List<CueMatch>> cuesOf) {
        if (carried.isEmpty() || sentence <= 0) {
            return List.of();
        }
        Sentence s = doc.sentences().get(sentence);
        for (int back = sentence; back > 0 && sentence - back < reach; back--) {
            Sentence told = doc.sentences().get(back);
            Sentence before = doc.sentences().get(back - 1);
            if (before.sectionIndex() != s.sectionIndex() || !opensInThePast(doc, told)) {
                return List.of();
            }
            List<CueScope> out = new ArrayList<>();
            for (CueMatch c : cuesOf.apply(back - 1)) {
                ContextRule r = carried.get(c.cue().rule().id());
                if (r != null) {
                    Cue cue = new Cue(r, c.cue().words(), c.cue().patterns(), c.cue().maxScope(), c.cue().endedBy());
                    out.add(new CueScope(new CueMatch(cue, c.first(), c.end()), s.firstToken(), s.endToken(),
                            c.first(), null, null));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * Whether the sentence opens with a subject and a past-tense verb ("She was", "He again had", "the patient
     * developed"), after an opening word ("Then") or a short phrase closed by a comma ("At that time,").
     */
    boolean opensInThePast(Document doc, Sentence s) {
        List<Token> tokens = doc.tokens();
        int t = firstWord(tokens, s.firstToken(), s.endToken());
        for (int j = t; j >= 0 && j < s.endToken() && j - t <= OPENING_PHRASE_WORDS; j++) {
            if (tokens.get(j).text().equals(",")) {
                t = firstWord(tokens, j + 1, s.endToken());
                break;
            }
        }
        if (t >= 0 && openers.contains(word(tokens, t))) {
            t++;
        }
        if (t >= 0 && t + 1 < s.endToken() && word(tokens, t).equals("the") && word(tokens, t + 1).equals("patient")) {
            t++;
        }
        if (t < 0 || t >= s.endToken() || !subjects.contains(word(tokens, t))) {
            return false;
        }
        t++;
        while (t < s.endToken() && adverbs.contains(word(tokens, t))) {
            t++;
        }
        return t < s.endToken() && pastVerbs.contains(word(tokens, t));
    }

    private static String word(List<Token> tokens, int t) {
        return tokens.get(t).text().toLowerCase(Locale.ROOT);
    }

    /** The first word token in [from, end) (punctuation and list numbers skipped), or -1. */
    private static int firstWord(List<Token> tokens, int from, int end) {
        for (int t = from; t < end; t++) {
            Token token = tokens.get(t);
            if (!token.isPunctuation() && !Character.isDigit(token.text().charAt(0))) {
                return t;
            }
        }
        return -1;
    }
}
