package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.coding.Alternative;
import org.opencac.models.codeset.hcpcs.HcpcsCode;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Chooses among the codes that share a head phrase by the rest of their descriptors: a code scores one
 * for each of its own descriptor words the sentence (or the note's age) names, minus one for each word
 * its descriptor excludes ("not meeting criteria for high risk", "other than wound care"); a qualifier
 * synonym found in the sentence counts as all the descriptor words it stands for. Ties go to the code
 * whose own words were named in the larger share; a tie that remains, or no word named at all, is not
 * guessed: the caller asks the provider.
 */
final class QualifierChoice {
    private final Set<String> functionWords;
    private final List<HcpcsVocabulary.Synonym> synonyms;
    /** The codes it was built for, by code (the last of a code's duplicates, as before). */
    private final Map<String, HcpcsCode> known;
    /** Their descriptors, read on first use: reading all of them cost start-up time before the first answer. */
    private final Map<String, Qualifiers> byCode = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The result.
     *
     * @param chosen the code, or null when the note does not decide
     * @param named  the descriptor words (and synonyms) the note named for it
     * @param others the codes not chosen, each with why
     * @param tied   when not decided: the codes still in the running
     */
    record Choice(HcpcsCode chosen, List<String> named, List<Alternative> others, List<HcpcsCode> tied) {
    }

    /** A descriptor's own words and the words it excludes, and its normalized text for phrase lookups. */
    private record Qualifiers(Set<String> positive, Set<String> negative, String key) {
    }

    /** Will read the descriptors of {@code codes} once each, on first use (the codes it will be asked to choose among). */
    QualifierChoice(Set<String> functionWords, List<HcpcsVocabulary.Synonym> synonyms, java.util.Collection<HcpcsCode> codes) {
        this.functionWords = Set.copyOf(functionWords);
        this.synonyms = synonyms.stream().filter(HcpcsVocabulary.Synonym::qualifier)
                .sorted(Comparator.comparingInt((HcpcsVocabulary.Synonym s) -> s.noteWords().size()).reversed()).toList();
        Map<String, HcpcsCode> m = new HashMap<>();
        codes.forEach(c -> m.put(c.code(), c));
        this.known = Map.copyOf(m);
    }

    Choice choose(List<HcpcsCode> candidates, Set<String> headWords, List<String> sentenceWords, Set<String> facts) {
        if (candidates.size() == 1) {
            return new Choice(candidates.get(0), List.of(), List.of(), List.of());
        }
        String sentence = " " + String.join(" ", sentenceWords) + " ";
        Set<String> available = new HashSet<>(sentenceWords);
        available.addAll(facts);
        Map<String, Integer> bonus = new HashMap<>();
        Map<String, List<String>> named = new HashMap<>();
        for (HcpcsVocabulary.Synonym s : synonyms) {
            String note = " " + String.join(" ", s.noteWords()) + " ";
            if (!sentence.contains(note)) {
                continue;
            }
            String descriptor = " " + String.join(" ", s.descriptorWords()) + " ";
            sentence = sentence.replace(note, " ");
            s.noteWords().forEach(available::remove);
            for (HcpcsCode c : candidates) {
                if (qualifiers(c).key().contains(descriptor)) {
                    bonus.merge(c.code(), s.descriptorWords().size(), Integer::sum);
                    named.computeIfAbsent(c.code(), k -> new ArrayList<>()).add("\"" + note.trim() + "\" (for \"" + descriptor.trim() + "\")");
                }
            }
        }
        Set<String> common = null;
        for (HcpcsCode c : candidates) {
            Set<String> p = new HashSet<>(qualifiers(c).positive());
            if (common == null) {
                common = p;
            } else {
                common.retainAll(p);
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (HcpcsCode c : candidates) {
            Set<String> own = new TreeSet<>(qualifiers(c).positive());
            own.removeAll(common);
            own.removeAll(headWords);
            Set<String> found = new TreeSet<>(own);
            found.retainAll(available);
            Set<String> excluded = new TreeSet<>(qualifiers(c).negative());
            excluded.retainAll(available);
            int score = bonus.getOrDefault(c.code(), 0) + found.size() - excluded.size();
            List<String> why = new ArrayList<>(named.getOrDefault(c.code(), List.of()));
            why.addAll(found);
            scored.add(new Scored(c, score, own.isEmpty() ? 0 : (double) found.size() / own.size(), why, own, excluded));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparingDouble(Scored::share).reversed());
        Scored best = scored.get(0);
        List<HcpcsCode> tied = scored.stream().filter(s -> s.score == best.score && s.share == best.share).map(Scored::code).toList();
        if (tied.size() > 1 || best.why.isEmpty()) {
            return new Choice(null, List.of(), List.of(), tied.size() > 1 ? tied : scored.stream().map(Scored::code).toList());
        }
        List<Alternative> others = scored.subList(1, scored.size()).stream().map(s -> new Alternative(s.code.code(),
                s.code.longDescription(), s.excluded.isEmpty() ? "the note names fewer of its own words ("
                + String.join(", ", s.own.stream().limit(6).toList()) + ")"
                : "the note names words its descriptor excludes: " + String.join(", ", s.excluded))).toList();
        return new Choice(best.code, best.why, others, List.of());
    }

    private record Scored(HcpcsCode code, int score, double share, List<String> why, Set<String> own, Set<String> excluded) {
    }

    /**
     * A descriptor's words: those after "not" or "other than" up to the next comma or semicolon are
     * excluded (unless the descriptor also names them elsewhere); function words and numbers do not count.
     */
    private Qualifiers qualifiers(HcpcsCode c) {
        HcpcsCode k = known.get(c.code());
        return k == null ? read(c) : byCode.computeIfAbsent(c.code(), code -> read(k));
    }

    private Qualifiers read(HcpcsCode c) {
        {
            Set<String> positive = new LinkedHashSet<>();
            Set<String> negative = new LinkedHashSet<>();
            for (String part : c.longDescription().toLowerCase(java.util.Locale.ROOT).split("[;,]")) {
                String p = " " + part + " ";
                int not = Math.max(p.indexOf(" not "), p.indexOf(" other than "));
                String kept = not < 0 ? p : p.substring(0, not);
                String excluded = not < 0 ? "" : p.substring(not).replaceFirst("^ (not|other than) ", " ");
                positive.addAll(content(kept));
                negative.addAll(content(excluded));
            }
            negative.removeAll(positive);
            return new Qualifiers(positive, negative, " " + TermNormalizer.key(c.longDescription()) + " ");
        }
    }

    private List<String> content(String text) {
        return TermNormalizer.words(text).stream().filter(w -> !functionWords.contains(w) && !w.chars().allMatch(Character::isDigit))
                .toList();
    }
}
