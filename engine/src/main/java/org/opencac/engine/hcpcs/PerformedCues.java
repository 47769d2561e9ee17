package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.opencac.engine.DataFiles;
import org.opencac.engine.section.SectionType;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Whether a phrase documents something done at this encounter: the not-performed cues shared with the PCS
 * plug-in ("declined", "is planned") plus {@code earlier_encounter.tsv} (sections about other encounters,
 * cues of another encounter before or after the phrase: "last", "ago", "recommended"; a sentence negated from its
 * start; a laboratory test the office sent out).
 */
final class PerformedCues {
    static final String EARLIER = HcpcsModule.DIR + "earlier_encounter.tsv";

    private final List<String> before;
    private final List<String> after;
    private final Set<SectionType> otherEncounterSections;
    private final Set<SectionType> drugNotGivenSections;
    private final Set<SectionType> drugStaySections;
    private final Set<SectionType> drugHistorySections;
    private final List<String> drugBefore;
    private final List<String> givenHere;
    private final List<String> givenNow;
    private final List<String> suppliedHere;
    private final List<String> negatedSentenceStart;
    private final Set<String> labCodes;
    private final List<String> runHere;
    private final int wordsBefore;
    private final int wordsAfter;

    /** The cues of {@code earlier_encounter.tsv} by kind, each list normalized (sections by type). */
    private record Lines(Set<SectionType> sections, Set<SectionType> drugSections, Set<SectionType> staySections,
                         Set<SectionType> historySections, List<String> drugBefore, List<String> givenHere,
                         List<String> givenNow, List<String> suppliedHere, List<String> negatedStart,
                         Set<String> labCodes, List<String> runHere) {
    }

    private PerformedCues(List<String> before, List<String> after, Lines l, int wordsBefore, int wordsAfter) {
        this.before = before;
        this.after = after;
        this.otherEncounterSections = Set.copyOf(l.sections());
        this.drugNotGivenSections = Set.copyOf(l.drugSections());
        this.drugStaySections = Set.copyOf(l.staySections());
        this.drugHistorySections = Set.copyOf(l.historySections());
        this.drugBefore = l.drugBefore();
        this.givenHere = l.givenHere();
        this.givenNow = l.givenNow();
        this.suppliedHere = l.suppliedHere();
        this.negatedSentenceStart = l.negatedStart();
        this.labCodes = Set.copyOf(l.labCodes());
        this.runHere = l.runHere();
        this.wordsBefore = wordsBefore;
        this.wordsAfter = wordsAfter;
    }

    static PerformedCues load(int wordsBefore, int wordsAfter) {
        List<String> after = new ArrayList<>(DataFiles.lines("/org/opencac/engine/pcs/not_performed_after_cues.txt"));
        List<String> before = new ArrayList<>(DataFiles.lines("/org/opencac/engine/pcs/not_performed_cues.txt"));
        Set<SectionType> sections = EnumSet.noneOf(SectionType.class);
        Set<SectionType> drugSections = EnumSet.noneOf(SectionType.class);
        Set<SectionType> staySections = EnumSet.noneOf(SectionType.class);
        Set<SectionType> historySections = EnumSet.noneOf(SectionType.class);
        List<String> drugBefore = new ArrayList<>();
        List<String> givenHere = new ArrayList<>();
        List<String> givenNow = new ArrayList<>();
        List<String> suppliedHere = new ArrayList<>();
        List<String> negatedStart = new ArrayList<>();
        Set<String> labCodes = new HashSet<>();
        List<String> runHere = new ArrayList<>();
        Map<String, Consumer<String>> readers = new HashMap<>();
        readers.put("section", v -> sections.add(SectionType.fromId(v)));
        readers.put("before", before::add);
        readers.put("after", after::add);
        readers.put("drug_section", v -> drugSections.add(SectionType.fromId(v)));
        readers.put("drug_stay_section", v -> staySections.add(SectionType.fromId(v)));
        readers.put("drug_history_section", v -> historySections.add(SectionType.fromId(v)));
        readers.put("given_now", givenNow::add);
        readers.put("negated_sentence_start", negatedStart::add);
        readers.put("lab_code", labCodes::add);
        readers.put("run_here", runHere::add);
        readers.put("drug_before", drugBefore::add);
        readers.put("given_here", givenHere::add);
        readers.put("supplied_here", suppliedHere::add);
        DataFiles.kinds(EARLIER, readers);
        return new PerformedCues(keys(before), keys(after), new Lines(sections, drugSections, staySections,
                historySections, keys(drugBefore), keys(givenHere), keys(givenNow), keys(suppliedHere), keys(negatedStart),
                labCodes, keys(runHere)), wordsBefore, wordsAfter);
    }

    private static List<String> keys(List<String> cues) {
        return cues.stream().map(TermNormalizer::key).filter(k -> !k.isEmpty()).toList();
    }

    /** True for a section about another encounter (past history ...): nothing in it is coded. */
    boolean otherEncounter(SectionType section) {
        return otherEncounterSections.contains(section);
    }

    /**
     * A drug not given at this encounter: in a section telling the days of a stay (hospital course), in the history of
     * the present illness without a cue dating it to this encounter ("today"), or in a
     * section listing drugs taken or given elsewhere (medications) or after a cue of a drug taken or to be taken
     * ("will start", "continue") unless its sentence says it was given here ("administered", "today").
     */
    boolean drugNotGivenHere(HcpcsPhrase p, SectionType section) {
        if (drugStaySections.contains(section)) {
            return true;
        }
        if (drugHistorySections.contains(section)) {
            return !anyCue(givenNow, padded(p.words()));
        }
        if (!drugNotGivenSections.contains(section) && !anyCue(drugBefore, before(p))) {
            return false;
        }
        return !anyCue(givenHere, padded(p.words()));
    }

    /**
     * Whether the phrase's sentence says an item was supplied at this encounter (a {@code supplied_here} cue:
     * "given", "dispensed"): a supply is billed by whoever supplies it.
     */
    boolean suppliedHere(HcpcsPhrase p) {
        return anyCue(suppliedHere, padded(p.words()));
    }

    /**
     * A not-performed cue among the words before the phrase, a sentence opening with a negation of its subject
     * ("None of ..."), or a planning or earlier-encounter cue among the words after it ("is recommended").
     */
    boolean notPerformed(HcpcsPhrase p) {
        List<String> words = p.words();
        return anyCue(before, before(p)) || negatedSentence(p)
                || anyCue(after, padded(words.subList(p.last(), Math.min(words.size(), p.last() + wordsAfter))));
    }

    /** Whether the phrase's sentence opens with a {@code negated_sentence_start} cue ("none of the family members ..."). */
    private boolean negatedSentence(HcpcsPhrase p) {
        String opening = padded(p.words().subList(0, Math.min(p.words().size(), p.first())));
        return negatedSentenceStart.stream().anyMatch(c -> opening.startsWith(" " + c + " "));
    }

    /**
     * Whether {@code code} is a laboratory test's ({@code lab_code}) that the phrase's sentence does not say the office
     * ran itself (a {@code run_here} cue): the laboratory that runs a test bills it.
     */
    boolean labTestSentOut(String code, HcpcsPhrase p) {
        return labCodes.contains(code) && !anyCue(runHere, padded(p.words()));
    }

    /** The few words before the phrase, padded with a space either side for {@link #anyCue}. */
    private String before(HcpcsPhrase p) {
        return padded(p.words().subList(Math.max(0, p.first() - wordsBefore), p.first()));
    }

    /** The words joined by spaces, with a space either side. */
    static String padded(List<String> words) {
        return " " + String.join(" ", words) + " ";
    }

    /** Whether one of the cues (normalized keys; an empty one never) stands as whole words in the padded text. */
    static boolean anyCue(List<String> cues, String padded) {
        for (String c : cues) {
            if (!c.isEmpty() && padded.contains(" " + c + " ")) {
                return true;
            }
        }
        return false;
    }
}
