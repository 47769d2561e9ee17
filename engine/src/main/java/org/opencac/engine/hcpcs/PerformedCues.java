package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.section.SectionType;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Whether a phrase documents something done at this encounter: the not-performed cues shared with the PCS
 * plug-in ("declined", "is planned") plus {@code earlier_encounter.tsv} (sections about other encounters,
 * cues of another encounter before or after the phrase: "last", "ago", "recommended").
 */
final class PerformedCues {
    static final String EARLIER = HcpcsModule.DIR + "earlier_encounter.tsv";

    private final List<String> before;
    private final List<String> after;
    private final Set<SectionType> otherEncounterSections;
    private final int wordsBefore;
    private final int wordsAfter;

    private PerformedCues(List<String> before, List<String> after, Set<SectionType> sections, int wordsBefore,
                          int wordsAfter) {
        this.before = before;
        this.after = after;
        this.otherEncounterSections = Set.copyOf(sections);
        this.wordsBefore = wordsBefore;
        this.wordsAfter = wordsAfter;
    }

    static PerformedCues load(int wordsBefore, int wordsAfter) {
        List<String> after = new ArrayList<>(DataFiles.lines("/org/opencac/engine/pcs/not_performed_after_cues.txt"));
        List<String> before = new ArrayList<>(DataFiles.lines("/org/opencac/engine/pcs/not_performed_cues.txt"));
        Set<SectionType> sections = EnumSet.noneOf(SectionType.class);
        for (String line : DataFiles.lines(EARLIER)) {
            String[] c = line.split("\t");
            switch (c.length == 2 ? c[0] : "") {
                case "section" -> sections.add(SectionType.fromId(c[1]));
                case "before" -> before.add(c[1]);
                case "after" -> after.add(c[1]);
                default -> throw new IllegalStateException(EARLIER + ": bad line '" + line + "'");
            }
        }
        return new PerformedCues(before.stream().map(TermNormalizer::key).filter(k -> !k.isEmpty()).toList(),
                after.stream().map(TermNormalizer::key).filter(k -> !k.isEmpty()).toList(), sections, wordsBefore,
                wordsAfter);
    }

    /** True for a section about another encounter (past history ...): nothing in it is coded. */
    boolean otherEncounter(SectionType section) {
        return otherEncounterSections.contains(section);
    }

    /**
     * A not-performed cue among the words before the phrase, or a planning or earlier-encounter cue among the
     * words after it ("is recommended").
     */
    boolean notPerformed(HcpcsPhrase p) {
        List<String> words = p.words();
        String b = " " + String.join(" ", words.subList(Math.max(0, p.first() - wordsBefore), p.first())) + " ";
        String a = " " + String.join(" ", words.subList(p.last(), Math.min(words.size(), p.last() + wordsAfter))) + " ";
        return before.stream().anyMatch(c -> b.contains(" " + c + " "))
                || after.stream().anyMatch(c -> a.contains(" " + c + " "));
    }
}
