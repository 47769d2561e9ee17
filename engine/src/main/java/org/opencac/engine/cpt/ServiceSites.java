package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * What a service's sentence must name, or must not, for its code to fit ({@code service_sites.tsv}): the incision
 * and drainage of a skin abscess (10060) needs an abscess named and no site or structure with its own code (a
 * perirectal abscess, a hematoma, a facial space). A code without rows fits whatever its sentence names. Rows of
 * kind {@code within} name an operation that, named in the note's procedure sections, holds the service (a joint
 * injection told in an arthroscopy's report is part of the arthroscopy), where the operation's sentence and the
 * service's name the same joint ({@code joint_regions.tsv}; a sentence naming no joint is taken as the other's: a knee
 * arthroscopy does not hold a shoulder injection told beside it). Rows of kind {@code needs_section} are
 * needed words that the procedure section the service is told in may name in place of its sentence (a
 * meniscectomy listed as one item of a procedure list whose other item names the arthroscopy).
 */
record ServiceSites(Map<String, List<String>> needs, Map<String, List<String>> sectionNeeds,
                    Map<String, List<String>> not, Map<String, List<String>> within, Map<String, String> joints) {
    private static final String FILE = "/org/opencac/engine/cpt/service_sites.tsv";
    private static final String JOINTS = "/org/opencac/engine/cpt/joint_regions.tsv";
    static final ServiceSites STANDARD = load();

    ServiceSites {
        needs = Map.copyOf(needs);
        sectionNeeds = Map.copyOf(sectionNeeds);
        not = Map.copyOf(not);
        within = Map.copyOf(within);
        joints = Map.copyOf(joints);
    }

    static ServiceSites load() {
        Map<String, List<String>> needs = new HashMap<>();
        Map<String, List<String>> sectionNeeds = new HashMap<>();
        Map<String, List<String>> not = new HashMap<>();
        Map<String, List<String>> within = new HashMap<>();
        Map<String, Map<String, List<String>>> byKind = Map.of("needs", needs, "needs_section", sectionNeeds, "not", not,
                "within", within);
        DataFiles.rows(FILE, "code\tkind\tword", (c, lineNo) -> {
            if (c.length != 3 || !byKind.containsKey(c[1])) {
                throw new IllegalStateException(FILE + " line " + lineNo
                        + ": expected code<TAB>needs|needs_section|not|within<TAB>word");
            }
            byKind.get(c[1]).computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[2].toLowerCase(Locale.ROOT));
        });
        byKind.values().forEach(m -> m.replaceAll((k, v) -> List.copyOf(v)));
        Map<String, String> joints = new HashMap<>();
        DataFiles.rows(JOINTS, "word\tjoint", (c, lineNo) -> {
            if (c.length != 2) {
                throw new IllegalStateException(JOINTS + " line " + lineNo + ": expected word<TAB>joint");
            }
            joints.put(c[0].toLowerCase(Locale.ROOT), c[1].toLowerCase(Locale.ROOT));
        });
        return new ServiceSites(needs, sectionNeeds, not, within, joints);
    }

    /**
     * Whether {@code code} fits the service told in {@code sentence}, in a procedure section that reads
     * {@code section}, of a note whose procedure sections read {@code procedures} (all lower case; a section or
     * procedures empty where the service is told outside one or the note has none).
     */
    boolean fits(String code, String sentence, String section, String procedures) {
        List<String> required = needs.get(code);
        if (required != null && noneIn(sentence, required)) {
            return false;
        }
        List<String> requiredHere = sectionNeeds.get(code);
        if (requiredHere != null && noneIn(sentence, requiredHere) && noneIn(section, requiredHere)) {
            return false;
        }
        return noneIn(sentence, not.getOrDefault(code, List.of()))
                && !withinOperation(sentence, procedures, within.getOrDefault(code, List.of()));
    }

    /**
     * Whether a sentence of {@code procedures} names one of the operations {@code operations} and the joint of the
     * service's {@code sentence}: the same joint, or no joint in one of the two sentences.
     */
    private boolean withinOperation(String sentence, String procedures, List<String> operations) {
        Set<String> served = jointsIn(sentence);
        for (String operation : operations) {
            for (int at = WholeWord.indexIn(procedures, operation); at >= 0;
                 at = WholeWord.indexIn(procedures, operation, at + operation.length())) {
                Set<String> operated = jointsIn(procedures.substring(SentenceBounds.start(procedures, at),
                        SentenceBounds.end(procedures, at)));
                if (served.isEmpty() || operated.isEmpty() || operated.stream().anyMatch(served::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The joints of {@code joint_regions.tsv} that {@code text} names. */
    private Set<String> jointsIn(String text) {
        Set<String> out = new HashSet<>();
        joints.forEach((word, joint) -> {
            if (WholeWord.indexIn(text, word) >= 0) {
                out.add(joint);
            }
        });
        return out;
    }

    private static boolean noneIn(String text, List<String> words) {
        return words.stream().noneMatch(w -> WholeWord.indexIn(text, w) >= 0);
    }
}
