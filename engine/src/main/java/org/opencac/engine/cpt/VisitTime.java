package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;

/**
 * The time the note states for its encounter ({@code total_time_cues.tsv}): the total time, a number of minutes in a
 * sentence with a "total" cue ("time spent ... was 45 minutes"), and the critical care time, such a sentence that
 * also names critical care. The level a total time meets in an E/M family is read from {@code visit_time_levels.tsv}.
 */
final class VisitTime {
    private static final String DIR = "/org/opencac/engine/cpt/";
    /** A stated number of minutes. */
    private static final Pattern MINUTES = Pattern.compile("\\b(\\d{1,3})\\s*-?\\s*(?:minutes?|mins?)\\b");
    private static final Map<String, Set<String>> CUES = DataFiles.kindSets(DIR + "total_time_cues.tsv",
            "total", "critical_care", "critical_illness");
    /** Per family, its levels as {last digit, least minutes}, in file order (lowest level first). */
    private static final Map<String, List<int[]>> LEVELS = levels();

    /** Which E/M family a time is read against. */
    enum Family {
        OFFICE_NEW, OFFICE_ESTABLISHED, INITIAL_HOSPITAL, SUBSEQUENT_HOSPITAL
    }

    private VisitTime() {
    }

    private static Map<String, List<int[]>> levels() {
        Map<String, List<int[]>> out = new HashMap<>();
        for (String[] row : DataFiles.table(DIR + "visit_time_levels.tsv", 3, 3)) {
            Family.valueOf(row[0].toUpperCase(Locale.ROOT)); // an unknown family fails at start-up
            out.computeIfAbsent(row[0].toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
        }
        return Map.copyOf(out);
    }

    /** A stated time: its minutes, and where its number of minutes is written ({@code start} to {@code end}). */
    record Stated(int minutes, int start, int end) {
    }

    /** The total time stated for the encounter, not a critical care time; empty when none is stated. */
    static Optional<Stated> total(String lower) {
        return minutes(lower, false);
    }

    /** The critical care time stated; empty when none is stated. */
    static Optional<Stated> criticalCare(String lower) {
        return minutes(lower, true);
    }

    /** Whether the note names a critical illness or its support (a cue of {@code critical_illness}). */
    static boolean criticalIllness(String lower) {
        return CUES.get("critical_illness").stream().anyMatch(c -> WholeWord.indexIn(lower, c) >= 0);
    }

    /**
     * The level the note's stated total time meets in {@code family}: the last digit of its code (0 when no total time
     * is stated or it meets no level) and the rationale line that says so.
     */
    record ByTime(int digit, String reason) {
    }

    /** The level the total time stated in the note meets in {@code family} ({@link ByTime}). */
    static ByTime level(String lower, Family family) {
        return total(lower).map(t -> new ByTime(levelDigit(family, t.minutes()), "Total time stated: " + t.minutes()
                + " minutes, which meets this level by time (CPT E/M guidelines: the level by MDM or by total time,"
                + " whichever is higher)")).orElse(new ByTime(0, null));
    }

    /** The last digit of the highest level of {@code family} that {@code minutes} meets; 0 when it meets none. */
    static int levelDigit(Family family, int minutes) {
        int digit = 0;
        for (int[] level : LEVELS.getOrDefault(family.name(), List.of())) {
            if (minutes >= level[1]) {
                digit = Math.max(digit, level[0]);
            }
        }
        return digit;
    }

    /** The first number of minutes in a sentence with a total cue and, or without, a critical care cue. */
    private static Optional<Stated> minutes(String lower, boolean criticalCare) {
        Matcher m = MINUTES.matcher(lower);
        while (m.find()) {
            String sentence = lower.substring(SentenceBounds.start(lower, m.start()), SentenceBounds.end(lower, m.end()));
            if (has("total", sentence) && has("critical_care", sentence) == criticalCare) {
                return Optional.of(new Stated(Integer.parseInt(m.group(1)), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static boolean has(String kind, String sentence) {
        return CUES.get(kind).stream().anyMatch(c -> WholeWord.indexIn(sentence, c) >= 0);
    }
}
