package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/**
 * The hospital E/M code of a hospital encounter's own note ({@link EncounterPlace#hospitalVisit}): the admission's
 * history and physical and an inpatient consultation take initial hospital care (99221-99223), a progress note
 * subsequent hospital care (99231-99233), both by the MDM level (CPT E/M guidelines since 2023: straightforward and
 * low share the first level), or by the total time stated when it meets a higher level ({@link VisitTime}); a
 * discharge summary takes discharge day management, 99239 when the time stated is more
 * than the threshold, else 99238 (with a query when no time is stated). A level that cannot be read is a query only,
 * and so is the admission for, or the discharge after, an operation (the surgeon's is in the global package).
 */
final class HospitalVisitEm {
    /**
     * A stated number of minutes, a phrase of {@link EncounterPlace#MORE_THAN_PHRASES} before it when the writer said
     * so, a word of {@link EncounterPlace#MINUTES_WORDS} after it.
     */
    private static final Pattern MINUTES = Pattern.compile("\\b(" + alternatives(EncounterPlace.MORE_THAN_PHRASES)
            + ")?\\s*(\\d{1,3})\\s*(?:" + alternatives(EncounterPlace.MINUTES_WORDS) + ")\\b");

    private HospitalVisitEm() {
    }

    /** The code of the hospital encounter {@code visit}, added to {@code out}, or a query when its level is not read. */
    static void code(String text, String lower, EncounterPlace.HospitalCue visit, MdmAssessment a, int dischargeMinutes,
                     CptCodeSet codes, double score, List<Suggestion> out, List<DocumentationQuery> queries) {
        EncounterPlace.Cue cue = visit.cue();
        EvidenceSpan ev = new EvidenceSpan(cue.start(), cue.end(), text.substring(cue.start(), cue.end()), "unknown",
                false, "present", "patient");
        List<String> why = new ArrayList<>();
        String code;
        if (visit.kind() == EncounterPlace.HospitalVisit.SURGICAL_PACKAGE) {
            queries.add(new DocumentationQuery("99221", "surgical package", "The note is the admission for, or the"
                    + " discharge after, an operation: written by the surgeon, it is part of the global surgical package"
                    + " (no E/M); written by another physician, which hospital E/M code is it?",
                    List.of("99221", "99222", "99223", "99238", "99239"), List.of(ev)));
            return;
        }
        if (visit.kind() == EncounterPlace.HospitalVisit.DISCHARGE) {
            why.add("Discharge summary: \"" + ev.text() + "\"");
            Integer minutes = dischargeMinutes(lower);
            if (minutes == null) {
                code = "99238";
                why.add("No time of the discharge day stated: the shorter discharge day management code, to be checked");
                queries.add(new DocumentationQuery(code, "discharge time", "The note is a discharge summary but states no"
                        + " time spent on the discharge day: was it more than " + dischargeMinutes + " minutes?",
                        List.of("99238", "99239"), List.of(ev)));
            } else {
                code = minutes > dischargeMinutes ? "99239" : "99238";
                why.add("Discharge day time stated: " + (minutes > dischargeMinutes ? "more than " : "at most ")
                        + dischargeMinutes + " minutes");
            }
        } else {
            boolean initial = visit.kind() != EncounterPlace.HospitalVisit.SUBSEQUENT;
            String prefix = initial ? "9922" : "9923";
            switch (visit.kind()) {
                case ADMISSION -> why.add("Admission to the hospital: \"" + ev.text() + "\": initial hospital care");
                case CONSULTATION -> why.add("Inpatient consultation: \"" + ev.text() + "\": reported with the initial"
                        + " hospital care level, as CMS has paid since 2010 (no consultation codes); a payer that still"
                        + " pays them takes the inpatient consultation family instead");
                default -> why.add("Progress note of the hospital stay: \"" + ev.text() + "\": subsequent hospital care");
            }
            VisitTime.Family family = initial ? VisitTime.Family.INITIAL_HOSPITAL : VisitTime.Family.SUBSEQUENT_HOSPITAL;
            VisitTime.ByTime time = VisitTime.level(lower, family);
            int byTime = time.digit();
            if (!a.supported() && byTime == 0) {
                queries.add(new DocumentationQuery(prefix + 1, "MDM level", "The note documents "
                        + (initial ? "initial" : "subsequent") + " hospital care but not the problems addressed or the"
                        + " management in a way the MDM level can be read from: which level is it?",
                        List.of(prefix + 1, prefix + 2, prefix + 3), List.of(ev)));
                return;
            }
            int byMdm = !a.supported() ? 0 : switch (a.level()) {
                case STRAIGHTFORWARD, LOW -> 1;
                case MODERATE -> 2;
                case HIGH -> 3;
            };
            // the level is the higher of the MDM's and the one the total time stated meets
            code = prefix + Math.max(byMdm, byTime);
            if (a.supported()) {
                why.addAll(a.reasons());
            }
            if (byTime > byMdm) {
                why.add(time.reason());
            }
        }
        String chosen = code;
        codes.description(chosen).ifPresent(d -> out.add(new Suggestion(chosen, d, true, score, List.of(ev), why, true,
                CodeSystem.CPT, codes.version().label(), 1)));
    }

    /**
     * The discharge day's time: the first number of minutes stated in a sentence with a word of
     * {@link EncounterPlace#DISCHARGE_TIME_WORDS}, one more than the number when "more than" or the like is written
     * before it; null when none is stated.
     */
    static Integer dischargeMinutes(String lower) {
        Matcher m = MINUTES.matcher(lower);
        while (m.find()) {
            int from = SentenceBounds.start(lower, m.start());
            String sentence = lower.substring(from, SentenceBounds.end(lower, m.end()));
            for (String w : sentence.split("[^\\p{L}]+")) {
                if (EncounterPlace.DISCHARGE_TIME_WORDS.contains(w)) {
                    return Integer.parseInt(m.group(2)) + (m.group(1) != null ? 1 : 0);
                }
            }
        }
        return null;
    }

    /** The phrases as one regex alternation of literals, in their order. */
    private static String alternatives(List<String> phrases) {
        return String.join("|", phrases.stream().map(Pattern::quote).toList());
    }
}
