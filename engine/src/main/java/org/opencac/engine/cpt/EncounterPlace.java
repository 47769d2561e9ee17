package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.opencac.engine.DataFiles;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.SentenceSplitter;

/**
 * Where and what the note's own encounter is, as far as the E/M codes care: a hospital encounter (an admission, an
 * inpatient or ICU visit, an emergency department visit: {@code hospital_encounter_cues.tsv}), among them an
 * emergency department visit of its own, or a preventive medicine visit named in the reason for the visit
 * ({@code preventive_visit_cues.txt}). Neither is coded with a problem-oriented office E/M code.
 */
final class EncounterPlace {
    private static final String DIR = "/org/opencac/engine/cpt/";
    private static final Set<String> KINDS = Set.of("header", "stay_summary_header", "ed_header", "phrase", "ed_phrase",
            "admit_phrase", "discharge_header", "consult_phrase", "subsequent_phrase", "admission_phrase",
            "discharge_time_word", "minutes_word", "more_than_phrase", "urgent_care_phrase", "operation_word",
            "postoperative_phrase", "operated_phrase", "not_operation_word", "stay_end_header",
            "ed_elsewhere_phrase", "ed_here_word");
    /** The headers of a hospital stay's summary. */
    private static final Set<String> STAY_SUMMARY_HEADERS = Set.copyOf(hospitalCues("stay_summary_header"));
    /** Section headers of an emergency department visit's own note ("ED course"). */
    private static final Set<String> ED_HEADERS = Set.copyOf(hospitalCues("ed_header"));
    /** Section headers only an inpatient stay's note writes (a stay summary's among them). */
    private static final Set<String> INPATIENT_HEADERS = union(hospitalCues("header"), STAY_SUMMARY_HEADERS);
    /** Section headers only a hospital stay's or an emergency visit's note writes. */
    private static final Set<String> HEADERS = union(List.copyOf(ED_HEADERS), INPATIENT_HEADERS);
    /** Phrases that place the encounter itself in an inpatient stay. */
    private static final List<String> INPATIENT_PHRASES = hospitalCues("phrase");
    /** Phrases that place the encounter itself in the emergency department. */
    private static final List<String> ED_PHRASES = hospitalCues("ed_phrase");
    /** Phrases of every kind that place the encounter in a hospital (the writer's decision to admit among them). */
    private static final List<String> PHRASES = concat(INPATIENT_PHRASES, ED_PHRASES, hospitalCues("admit_phrase"));
    /** Phrases that place the visit in an urgent care center: its "ED" cues then name no emergency department. */
    private static final List<String> URGENT_CARE_PHRASES = hospitalCues("urgent_care_phrase");
    /** The phrases the place tests look for anywhere in the note ({@link Written}), each once. */
    private static final List<String> PLACE_PHRASES = concat(PHRASES, URGENT_CARE_PHRASES).stream().distinct().toList();
    private static final LiteralScan PLACE_SCAN = new LiteralScan(PLACE_PHRASES);
    /** Each place phrase's place in {@link #PLACE_PHRASES}. */
    private static final Map<String, Integer> PLACE_IDS = ids(PLACE_PHRASES);
    /** The headers of a discharge summary: a hospital note with one is the discharge day's. */
    private static final Set<String> DISCHARGE_HEADERS = Set.copyOf(hospitalCues("discharge_header"));
    /** A clause opened by the emergency department as a place ("In the ER, a catheter was placed"). */
    private static final List<String> ED_ELSEWHERE = hospitalCues("ed_elsewhere_phrase");
    /** A word right before an {@link #ED_ELSEWHERE} phrase that makes the department the writer's own ("here"). */
    private static final Set<String> ED_HERE = Set.copyOf(hospitalCues("ed_here_word"));
    /** Headers of a stay's summary telling where the patient went when the stay ended ("disposition"). */
    private static final Set<String> STAY_END_HEADERS = Set.copyOf(hospitalCues("stay_end_header"));
    /** Phrases of an inpatient consultation's note. */
    private static final List<String> CONSULT_PHRASES = hospitalCues("consult_phrase");
    /** Words or word endings naming an operation ("ectomy", "operating room"). */
    private static final List<String> OPERATION_WORDS = hospitalCues("operation_word");
    /** Words with an operation's ending that name a percutaneous procedure with no global days ("angioplasty"). */
    private static final Set<String> NOT_OPERATION_WORDS = Set.copyOf(hospitalCues("not_operation_word"));
    /** Phrases of a stay's narrative telling that the patient was operated on during it ("operating room"). */
    private static final List<String> OPERATED_PHRASES = hospitalCues("operated_phrase");
    /** The narrative sections of a stay in which an operated phrase tells of this stay's operation. */
    private static final Set<SectionType> STAY_NARRATIVE = Set.of(SectionType.HOSPITAL_COURSE,
            SectionType.HISTORY_PRESENT_ILLNESS);
    /** Phrases of the surgeon's visit on a day after the operation ("postoperative day"). */
    private static final List<String> POSTOPERATIVE_DAY = hospitalCues("postoperative_phrase");
    /** Phrases of a progress note later in the stay. */
    private static final List<String> SUBSEQUENT_PHRASES = hospitalCues("subsequent_phrase");
    /** Phrases of the admission's own note: the writer's decision to admit, and the admission words read in a hospital note. */
    private static final List<String> ADMISSION_PHRASES = concat(hospitalCues("admit_phrase"), hospitalCues("admission_phrase"));
    /** The admission's headers ("admission diagnosis"). */
    private static final Set<String> ADMISSION_HEADERS = Set.copyOf(hospitalCues("header"));
    /** Words that make a stated number of minutes the discharge day's time ("spent", "discharge"). */
    static final Set<String> DISCHARGE_TIME_WORDS = Set.copyOf(hospitalCues("discharge_time_word"));
    /** How a number of minutes is written ("minutes", "min"), in the order tried. */
    static final List<String> MINUTES_WORDS = hospitalCues("minutes_word");
    /** What, written right before a number of minutes, makes the time more than it ("more than", "over"). */
    static final List<String> MORE_THAN_PHRASES = hospitalCues("more_than_phrase");
    private static final List<String> PREVENTIVE = DataFiles.lines(DIR + "preventive_visit_cues.txt").stream()
            .map(p -> p.toLowerCase(Locale.ROOT)).toList();
    /** Phrases naming a problem-oriented purpose beside the preventive one in the reason ("follow up"). */
    private static final List<String> PREVENTIVE_PROBLEM = DataFiles.lines(DIR + "preventive_problem_cues.txt").stream()
            .map(p -> p.toLowerCase(Locale.ROOT)).toList();
    /** Titles written before a person's name, whose period ends no sentence. */
    private static final Set<String> NAME_TITLES = Set.copyOf(DataFiles.lines(SentenceSplitter.NAME_TITLES));
    private static final Set<String> POSTOP_KINDS = Set.of("phrase", "lead", "suffix", "with", "not");
    /** Words naming a postoperative visit ({@code postoperative_visit_cues.tsv}, kind "phrase"). */
    private static final List<String> POSTOP_PHRASES = postopCues("phrase");
    /** "status post" and its abbreviation: a surgery after it in the reason makes the visit its follow-up. */
    private static final List<String> POSTOP_LEADS = postopCues("lead");
    /** Endings of a word naming an operation ("ectomy", "plasty"). */
    private static final List<String> SURGERY_SUFFIXES = postopCues("suffix");
    /** Words one of which the reason needs for a "status post" to make the visit a follow-up ("followup"). */
    private static final List<String> FOLLOW_UP = postopCues("with");
    /** Words in the reason that put the surgery outside a global period ("years"). */
    private static final List<String> NOT_POSTOP = postopCues("not");

    /** Where a cue is written in the note: {@code start} to {@code end}, a half-open range. */
    record Cue(int start, int end) {
        Cue {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad cue range " + start + ".." + end);
            }
        }
    }

    /** The kinds of a hospital encounter's own note, by the E/M family each takes. */
    enum HospitalVisit {
        /** The admission's history and physical: initial hospital care. */
        ADMISSION,
        /** An inpatient consultation: the initial hospital care codes, as CMS pays. */
        CONSULTATION,
        /** A progress note later in the stay: subsequent hospital care. */
        SUBSEQUENT,
        /** A discharge summary: discharge day management. */
        DISCHARGE,
        /** The surgeon's visit after the operation during the stay: in the global period (99024). */
        POSTOPERATIVE,
        /** The admission for, or the discharge after, an operation: the surgeon's, in the global surgical package. */
        SURGICAL_PACKAGE
    }

    /** A hospital encounter's kind and the cue that decided it. */
    record HospitalCue(HospitalVisit kind, Cue cue) {
    }

    private EncounterPlace() {
    }

    /**
     * One note's lower-cased text with where each of the place phrases (inpatient, emergency department, admit and
     * urgent care phrases) first stands in it as a whole word, found in one pass over the note: the place tests ask
     * for these phrases several times a note (whether it is a hospital's, an urgent care center's, an emergency
     * department visit's), and each ask was a search of the whole note per phrase. The pass is made at the first ask:
     * a note no place test reads (a procedure's report) makes none.
     */
    static final class Written {
        private final ScannedText scanned;
        private final String lower;
        private int[] first;

        private Written(ScannedText lower) {
            this.scanned = lower;
            this.lower = lower.text();
        }

        /** The place phrases of the note's lower-cased text ({@link ScannedText#lowerCased}). */
        static Written in(ScannedText lower) {
            return new Written(lower);
        }

        /** Where a place phrase first stands as a whole word ({@link WholeWord#indexIn(String, String)}), or -1. */
        int at(String phrase) {
            if (first == null) {
                first = PLACE_SCAN.firstWholeWords(scanned);
            }
            return first[PLACE_IDS.get(phrase)];
        }

        boolean has(String phrase) {
            return at(phrase) >= 0;
        }
    }

    private static Map<String, Integer> ids(List<String> phrases) {
        Map<String, Integer> out = new HashMap<>();
        for (int id = 0; id < phrases.size(); id++) {
            out.put(phrases.get(id), id);
        }
        return Map.copyOf(out);
    }

    /** The cues of one kind of {@code hospital_encounter_cues.tsv}, lower case. */
    private static List<String> hospitalCues(String kind) {
        return cues("hospital_encounter_cues.tsv", KINDS, kind);
    }

    /** The cues of one kind of {@code postoperative_visit_cues.tsv}, lower case. */
    private static List<String> postopCues(String kind) {
        return cues("postoperative_visit_cues.tsv", POSTOP_KINDS, kind);
    }

    /** The cues of {@code kind}, lower case, from a "kind TAB cue" file whose every row is of one of {@code kinds}. */
    private static List<String> cues(String file, Set<String> kinds, String kind) {
        List<String> out = new ArrayList<>();
        Map<String, Consumer<String>> readers = new HashMap<>();
        for (String k : kinds) {
            readers.put(k, k.equals(kind) ? c -> out.add(c.toLowerCase(Locale.ROOT)) : c -> { });
        }
        DataFiles.kinds(DIR + file, readers);
        return List.copyOf(out);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
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
    static boolean hospital(Written written, List<Section> sections) {
        boolean urgentCare = urgentCare(written);
        for (Section s : sections) {
            String header = headerWords(s.header().coveredText(written.lower));
            if (urgentCare ? INPATIENT_HEADERS.contains(header) : HEADERS.contains(header)) {
                return true;
            }
        }
        for (String p : PHRASES) {
            if ((!urgentCare || !ED_PHRASES.contains(p)) && written.has(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the note places the visit in an urgent care center (a phrase of {@code urgent_care_phrase}) and names no
     * emergency department phrase: an urgent care visit is an office or other outpatient visit, whatever its "course
     * in the ED" header says.
     */
    private static boolean urgentCare(Written written) {
        return URGENT_CARE_PHRASES.stream().anyMatch(written::has) && ED_PHRASES.stream().noneMatch(written::has);
    }

    /**
     * Where the note names its own encounter an emergency department visit: the first ED header (its header text)
     * or ED phrase of {@code hospital_encounter_cues.tsv}, in a note with no inpatient header or phrase (an
     * admission's note telling of the ED is no ED visit note); empty otherwise. An ED phrase alone ("presents to the
     * emergency room") is the visit's only in a note that {@code decides} (has an assessment, impression or plan):
     * a history and physical that tells how the patient came and documents no decision of the department is the
     * admitting physician's history, not an ED visit's record; so is one that tells what the department did as
     * another's place ({@link #edToldAsElsewhere}).
     */
    static Optional<Cue> emergency(Written written, List<Section> sections, boolean decides) {
        if (urgentCare(written)) {
            return Optional.empty();
        }
        Cue first = null;
        for (Section s : sections) {
            String header = headerWords(s.header().coveredText(written.lower));
            if (INPATIENT_HEADERS.contains(header)) {
                return Optional.empty();
            }
            if (first == null && ED_HEADERS.contains(header)) {
                first = new Cue(s.header().start(), s.header().end());
            }
        }
        for (String p : INPATIENT_PHRASES) {
            if (written.has(p)) {
                return Optional.empty();
            }
        }
        for (String p : decides && !edToldAsElsewhere(written.lower) ? ED_PHRASES : List.<String>of()) {
            int at = written.at(p);
            if (at >= 0 && (first == null || at < first.start())) {
                first = new Cue(at, at + p.length());
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * Whether the note tells what was done in the emergency department as another's place, a clause opened by it
     * ({@code ed_elsewhere_phrase}: "In the ER, a Foley catheter was placed") with no word making it the writer's own
     * before it ("here"): the note of the physician who saw the patient after the department (an admission or a
     * consultation), whose "presents to the ER" is the history of how the patient came.
     */
    private static boolean edToldAsElsewhere(String lower) {
        for (String p : ED_ELSEWHERE) {
            for (int at = WholeWord.indexIn(lower, p); at >= 0; at = WholeWord.indexIn(lower, p, at + 1)) {
                int end = WholeWord.lastWordEnd(lower, at, 0);
                if (!ED_HERE.contains(lower.substring(WholeWord.wordStart(lower, end, 0), end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The kind of a hospital encounter's own note ({@link #hospital} already true, no emergency department visit of its
     * own): a discharge header makes it the discharge day's; else a consult phrase an inpatient consultation; else a
     * subsequent phrase a progress note; else an admission header or phrase the admission's; empty when none says.
     * A stay's summary with none of these headers or phrases is the discharge day's when a header tells where the
     * stay ended ({@code stay_end_header}: "disposition"), else a case told over a stay (empty).
     */
    static Optional<HospitalCue> hospitalVisit(String lower, List<Section> sections) {
        Cue admissionHeader = null;
        Cue stayEnd = null;
        boolean staySummary = false;
        for (Section s : sections) {
            String header = headerWords(s.header().coveredText(lower));
            if (DISCHARGE_HEADERS.contains(header)) {
                return Optional.of(discharge(lower, sections, new Cue(s.header().start(), s.header().end())));
            }
            staySummary |= STAY_SUMMARY_HEADERS.contains(header);
            if (stayEnd == null && STAY_END_HEADERS.contains(header)) {
                stayEnd = new Cue(s.header().start(), s.header().end());
            }
            if (admissionHeader == null && ADMISSION_HEADERS.contains(header)) {
                admissionHeader = new Cue(s.header().start(), s.header().end());
            }
        }
        // a discharge header the section rules do not know ("date of discharge:") is still one when written as a header
        for (String h : DISCHARGE_HEADERS) {
            int at = lower.indexOf(h + ":");
            if (at >= 0 && (at == 0 || !WholeWord.isWordChar(lower.charAt(at - 1)))) {
                return Optional.of(discharge(lower, sections, new Cue(at, at + h.length())));
            }
        }
        Optional<Cue> consult = firstPhrase(lower, CONSULT_PHRASES);
        if (consult.isPresent()) {
            return Optional.of(new HospitalCue(HospitalVisit.CONSULTATION, consult.get()));
        }
        if (staySummary) {
            // a stay's summary with a header of where the stay ended ("disposition") is the discharge day's
            return Optional.ofNullable(stayEnd).map(c -> discharge(lower, sections, c));
        }
        Optional<Cue> postoperative = firstPhrase(lower, POSTOPERATIVE_DAY);
        if (postoperative.isPresent()) {
            return Optional.of(new HospitalCue(HospitalVisit.POSTOPERATIVE, postoperative.get()));
        }
        Optional<Cue> subsequent = firstPhrase(lower, SUBSEQUENT_PHRASES);
        if (subsequent.isPresent()) {
            return Optional.of(new HospitalCue(HospitalVisit.SUBSEQUENT, subsequent.get()));
        }
        Optional<Cue> admission = admissionHeader != null ? Optional.of(admissionHeader) : firstPhrase(lower, ADMISSION_PHRASES);
        return admission.map(c -> new HospitalCue(admittedForOperation(lower) ? HospitalVisit.SURGICAL_PACKAGE
                : HospitalVisit.ADMISSION, c));
    }

    /**
     * The discharge day's note at {@code cue}: the surgeon's discharge after an operation (a procedure section that
     * names one, or a hospital course or present illness that tells of the operating room or a postoperative day) is
     * in the global package, any other is discharge day management.
     */
    private static HospitalCue discharge(String lower, List<Section> sections, Cue cue) {
        boolean afterOperation = sections.stream().anyMatch(p -> p.type() == SectionType.PROCEDURE
                && namesOperation(p.span().coveredText(lower)) || STAY_NARRATIVE.contains(p.type())
                && OPERATED_PHRASES.stream().anyMatch(o -> WholeWord.indexIn(p.span().coveredText(lower), o) >= 0));
        return new HospitalCue(afterOperation ? HospitalVisit.SURGICAL_PACKAGE : HospitalVisit.DISCHARGE, cue);
    }

    /** Whether a sentence with an admission phrase names an operation ("admitted to the operating room for ..."). */
    private static boolean admittedForOperation(String lower) {
        for (String p : ADMISSION_PHRASES) {
            for (int at = WholeWord.indexIn(lower, p); at >= 0; at = WholeWord.indexIn(lower, p, at + p.length())) {
                int from = SentenceBounds.start(lower, at);
                if (namesOperation(lower.substring(from, SentenceBounds.end(lower, at)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code text} names an operation: a phrase of {@code operation_word} with a space, or a word ending in one
     * without that is no {@code not_operation_word} ("angioplasty": percutaneous, no global days).
     */
    static boolean namesOperation(String text) {
        for (String w : OPERATION_WORDS) {
            if (w.indexOf(' ') >= 0 && WholeWord.indexIn(text, w) >= 0) {
                return true;
            }
        }
        for (String word : text.split("[^\\p{L}]+")) {
            for (String w : OPERATION_WORDS) {
                if (w.indexOf(' ') < 0 && word.endsWith(w) && !NOT_OPERATION_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first place in the note where one of {@code phrases} is written as whole words; empty when none is. */
    private static Optional<Cue> firstPhrase(String lower, List<String> phrases) {
        Cue first = null;
        for (String p : phrases) {
            int at = WholeWord.indexIn(lower, p);
            if (at >= 0 && (first == null || at < first.start())) {
                first = new Cue(at, at + p.length());
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * Where the reason for this visit names a preventive medicine service: a phrase of
     * {@code preventive_visit_cues.txt} in a chief complaint section or in the first sentence of a history of the
     * present illness section (the first such section in the note that has one); empty when none does.
     */
    static Optional<Cue> preventiveCue(String lower, List<Section> sections) {
        for (Section s : sections) {
            Optional<Cue> reason = reasonForVisit(lower, s);
            if (reason.isEmpty()) {
                continue;
            }
            String text = lower.substring(reason.get().start(), reason.get().end());
            for (String p : PREVENTIVE) {
                int at = WholeWord.indexIn(text, p);
                if (at >= 0) {
                    return Optional.of(new Cue(reason.get().start() + at, reason.get().start() + at + p.length()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence of the reason that names a preventive visit at {@code cue} names a problem-oriented purpose
     * after it ({@code preventive_problem_cues.txt}: "a complete physical and follow up of her asthma"): the visit then
     * has a separately identifiable problem-oriented E/M service beside the preventive one (modifier 25).
     */
    static boolean preventiveWithProblem(String lower, Cue cue) {
        String after = lower.substring(cue.end(), SentenceBounds.end(lower, cue.end()));
        return PREVENTIVE_PROBLEM.stream().anyMatch(p -> WholeWord.indexIn(after, p) >= 0);
    }

    /**
     * Where the reason for this visit names it the follow-up of a surgery ({@code postoperative_visit_cues.tsv}): a
     * postoperative visit phrase, or "status post" followed by a word naming an operation ("laminectomy") in a reason
     * that calls the visit a follow-up, in a reason with no word putting the surgery outside a global period ("years"); the first reason that does, empty
     * when none does. Such a visit is part of the surgical package.
     */
    static Optional<Cue> postoperative(String lower, List<Section> sections) {
        for (Section s : sections) {
            Optional<Cue> reason = reasonForVisit(lower, s);
            if (reason.isEmpty()) {
                continue;
            }
            int from = reason.get().start();
            String text = lower.substring(from, reason.get().end());
            if (NOT_POSTOP.stream().anyMatch(w -> WholeWord.indexIn(text, w) >= 0)) {
                continue;
            }
            for (String p : POSTOP_PHRASES) {
                int at = WholeWord.indexIn(text, p);
                if (at >= 0) {
                    return Optional.of(new Cue(from + at, from + at + p.length()));
                }
            }
            for (String lead : POSTOP_LEADS) {
                int at = WholeWord.indexIn(text, lead);
                if (at >= 0 && namesSurgery(text.substring(at + lead.length()))
                        && FOLLOW_UP.stream().anyMatch(w -> WholeWord.indexIn(text, w) >= 0)) {
                    return Optional.of(new Cue(from + at, from + at + lead.length()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a word of {@code text} ends in a suffix naming an operation ("laminectomy", "fusion"). */
    private static boolean namesSurgery(String text) {
        for (String word : text.split("[^\\p{L}]+")) {
            for (String suffix : SURGERY_SUFFIXES) {
                if (word.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The part of a section that states the reason for the visit: a chief complaint section's text, or the first
     * sentence of a history of the present illness section; empty for a section of another type.
     */
    static Optional<Cue> reasonForVisit(String lower, Section s) {
        int from = s.header().end();
        int to = s.span().end();
        if (s.type() == SectionType.HISTORY_PRESENT_ILLNESS) {
            to = firstSentenceEnd(lower, from, to);
        } else if (s.type() != SectionType.CHIEF_COMPLAINT) {
            return Optional.empty();
        }
        return Optional.of(new Cue(from, to));
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

    /**
     * Where the first sentence after {@code from} ends (a period after its first word, not the period of a title before
     * a name: "Ms. X is a ..."; or a line break), at most {@code to}.
     */
    private static int firstSentenceEnd(String lower, int from, int to) {
        boolean word = false;
        for (int i = from; i < to; i++) {
            char c = lower.charAt(i);
            word |= WholeWord.isWordChar(c);
            if (word && (c == '\n' || c == '.' && !afterNameTitle(lower, from, i))) {
                return i;
            }
        }
        return to;
    }

    /** Whether the period at {@code dot} closes a title written before a name ("dr", "ms": {@code name_titles.txt}). */
    private static boolean afterNameTitle(String lower, int from, int dot) {
        return NAME_TITLES.contains(lower.substring(WholeWord.wordStart(lower, dot, from), dot));
    }
}
