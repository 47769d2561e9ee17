package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;

/**
 * Where and what the note's own encounter is, as far as the office E/M codes care: a hospital encounter (an
 * admission, an inpatient or ICU visit, an emergency department visit: {@code hospital_encounter_cues.tsv}) or a
 * preventive medicine visit named in the reason for the visit ({@code preventive_visit_cues.txt}). Neither is
 * coded with a problem-oriented office E/M code.
 */
final class EncounterPlace {
    private static final String DIR = "/org/opencac/engine/cpt/";
    /** The headers of a hospital stay's summary. */
    private static final Set<String> STAY_SUMMARY_HEADERS = Set.copyOf(hospitalCues("stay_summary_header"));
    /** Section headers only a hospital stay's or an emergency visit's note writes (a stay summary's among them). */
    private static final Set<String> HEADERS = union(hospitalCues("header"), STAY_SUMMARY_HEADERS);
    /** Phrases that place the encounter itself in a hospital. */
    private static final List<String> PHRASES = hospitalCues("phrase");
    private static final List<String> PREVENTIVE = DataFiles.lines(DIR + "preventive_visit_cues.txt").stream()
            .map(p -> p.toLowerCase(Locale.ROOT)).toList();

    private EncounterPlace() {
    }

    /** The cues of one kind ({@code header}, {@code stay_summary_header} or {@code phrase}) of {@code hospital_encounter_cues.tsv}, lower case. */
    private static List<String> hospitalCues(String where) {
        List<String> out = new ArrayList<>();
        for (String line : DataFiles.lines(DIR + "hospital_encounter_cues.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 2 || !Set.of("header", "stay_summary_header", "phrase").contains(c[0])) {
                throw new IllegalStateException(DIR + "hospital_encounter_cues.tsv: expected "
                        + "header|stay_summary_header|phrase<TAB>cue: " + line);
            }
            if (c[0].equals(where)) {
                out.add(c[1].toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> union(List<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Whether the note is a hospital stay's summary (a header of {@code stay_summary_header}): it codes no service. */
    static boolean staySummary(String lower, List<Section> sections) {
        return sections.stream().anyMatch(s -> STAY_SUMMARY_HEADERS.contains(headerWords(s.header().coveredText(lower))));
    }

    /** Whether a section header or a phrase of {@code hospital_encounter_cues.tsv} places the encounter in a hospital. */
    static boolean hospital(String lower, List<Section> sections) {
        for (Section s : sections) {
            if (HEADERS.contains(headerWords(s.header().coveredText(lower)))) {
                return true;
            }
        }
        for (String p : PHRASES) {
            if (WholeWord.indexIn(lower, p) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the reason for this visit names a preventive medicine service: a phrase of
     * {@code preventive_visit_cues.txt} in a chief complaint section or in the first sentence of a history of the
     * present illness section.
     */
    static boolean preventive(String lower, List<Section> sections) {
        for (Section s : sections) {
            int from = s.header().end();
            int to = s.span().end();
            if (s.type() == SectionType.HISTORY_PRESENT_ILLNESS) {
                to = firstSentenceEnd(lower, from, to);
            } else if (s.type() != SectionType.CHIEF_COMPLAINT) {
                continue;
            }
            String reason = lower.substring(from, to);
            for (String p : PREVENTIVE) {
                if (WholeWord.indexIn(reason, p) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The header's words: lower case, without the colon or other marks around it. */
    static String headerWords(String header) {
        int from = 0;
        int to = header.length();
        while (from < to && !WholeWord.isWordChar(header.charAt(from))) {
            from++;
        }
        while (to > from && !WholeWord.isWordChar(header.charAt(to - 1))) {
            to--;
        }
        return header.substring(from, to).replaceAll("\\s+", " ");
    }

    /** Where the first sentence after {@code from} ends (a period after its first word, or a line break), at most {@code to}. */
    private static int firstSentenceEnd(String lower, int from, int to) {
        boolean word = false;
        for (int i = from; i < to; i++) {
            char c = lower.charAt(i);
            word |= WholeWord.isWordChar(c);
            if (word && (c == '.' || c == '\n')) {
                return i;
            }
        }
        return to;
    }
}
