package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.VertebralLevels;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.engine.system.PluginNumbers;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/**
 * CPT as a code-system plug-in (outpatient): the office visit E/M level from medical decision making
 * ({@link MdmAssessor}) and new or established patient, the emergency department visit's level
 * ({@link EmergencyVisitEm}), the preventive visit's code by age ({@link PreventiveVisitEm}), plus services documented as done at the visit
 * (services.tsv). Only codes present in the CPT source in use are suggested; descriptions come from it
 * (the team's list or a licensed file).
 */
public final class CptModule implements CodeSystemModule {
    private static final String DIR = "/org/opencac/engine/cpt/";
    /** Every number this plug-in reads from {@code numbers.tsv}. */
    static final Set<String> NUMBER_NAMES = Set.of("score.office_visit", "score.service", "cue.words_before",
            "cue.chars_before", "time.discharge_minutes", "time.critical_care_minutes", "time.critical_care_first_span",
            "time.critical_care_added_minutes");
    private static final PluginNumbers NUMBERS = PluginNumbers.load(DIR + "numbers.tsv", NUMBER_NAMES);
    private static final Set<SectionType> PLAN_SECTIONS = DataFiles.lines(DIR + "plan_sections.txt").stream()
            .map(SectionType::fromId).collect(Collectors.toUnmodifiableSet());
    /** Sections of the history and findings: a note with no plan section has its MDM read in its other sections. */
    private static final Set<SectionType> HISTORY_SECTIONS = DataFiles.lines(DIR + "history_sections.txt").stream()
            .map(SectionType::fromId).collect(Collectors.toUnmodifiableSet());
    /** Compiled once: every service phrase found reads the words before it. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The new and the established patient's phrases (in this order), searched in one pass over the note. */
    private static final LiteralFirstPattern.Group PATIENT_TYPES = new LiteralFirstPattern.Group(
            List.of(patientType("new"), patientType("established")));
    /** Interval history phrases: an established patient's periodic preventive visit, read when no other phrase types it. */
    private static final LiteralFirstPattern.Group INTERVAL = new LiteralFirstPattern.Group(List.of(patientType("interval")));
    /** Sections holding an emergency department visit's own course, results and decisions. */
    private static final Set<SectionType> EMERGENCY_MDM_SECTIONS = DataFiles.lines(DIR + "emergency_mdm_sections.txt")
            .stream().map(SectionType::fromId).collect(Collectors.toUnmodifiableSet());
    /** Sections whose presence makes the note no office visit (a procedure report, a hospital stay). */
    private static final Set<SectionType> NOT_OFFICE_VISIT = DataFiles.lines(DIR + "not_office_visit_sections.txt")
            .stream().map(SectionType::fromId).collect(Collectors.toUnmodifiableSet());
    /** The sections of {@code study_report_sections.tsv}: those of a study's reason, and those of a visit. */
    private static final Map<String, Set<String>> STUDY_REPORT = cueWords("study_report_sections.tsv",
            Set.of("report", "visit"));
    /** Sections that state the reason for a study (an indication). */
    private static final Set<SectionType> STUDY_REASON = sectionTypes(STUDY_REPORT.get("report"));
    /** Sections a visit documents: a note with one of them is no study report. */
    private static final Set<SectionType> VISIT_SECTIONS = sectionTypes(STUDY_REPORT.get("visit"));
    /** The kinds of {@code visit_time_cues.tsv}, each with its words (the file read once). */
    private static final Map<String, Set<String>> VISIT_TIME_CUES = cueWords("visit_time_cues.tsv",
            Set.of("now_before", "later_before", "later_after", "status_phrase", "service_today", "needs_now"));
    /** Words before a patient type phrase that say it is this visit's ("here today for follow-up"). */
    private static final Set<String> NOW_BEFORE = VISIT_TIME_CUES.get("now_before");
    /** Words before a patient type phrase that say it is a later visit's ("will follow up"). */
    private static final Set<String> LATER_BEFORE = VISIT_TIME_CUES.get("later_before");
    /** The word right after a patient type phrase that says it is a later visit's ("follow up in"). */
    private static final Set<String> LATER_AFTER = VISIT_TIME_CUES.get("later_after");
    /** Patient type phrases that name the patient's status, not a visit ("new patient"). */
    private static final Set<String> STATUS_PHRASES = VISIT_TIME_CUES.get("status_phrase");
    /** Patient type phrases that are this visit's only with a word of {@link #NOW_BEFORE} before them ("recheck"). */
    private static final Set<String> NEEDS_NOW = VISIT_TIME_CUES.get("needs_now");
    /** Words that date a service to this visit ("today"), whatever section it is in. */
    private static final Set<String> TODAY = VISIT_TIME_CUES.get("service_today");
    /** Sections telling of care before this visit or elsewhere: no service is coded from them. */
    private static final Set<SectionType> EARLIER_SECTIONS = DataFiles.lines(DIR + "earlier_service_sections.txt")
            .stream().map(SectionType::fromId).collect(Collectors.toUnmodifiableSet());
    /** The sides of {@code not_this_visit_test_cues.tsv}, each with its words. */
    private static final Map<String, Set<String>> TEST_ELSEWHERE_CUES = cueWords("not_this_visit_test_cues.tsv",
            Set.of("before", "after", "sentence"));
    /** Words before a test phrase that say it was not this visit's test ("previous", "monitored"). */
    private static final Set<String> TEST_ELSEWHERE_BEFORE = TEST_ELSEWHERE_CUES.get("before");
    /** Words after a test phrase that say it was not this visit's test ("reviewed", "leads"). */
    private static final Set<String> TEST_ELSEWHERE_AFTER = TEST_ELSEWHERE_CUES.get("after");
    /** Words anywhere in a test's sentence that date it to another day or to a stay ("yesterday", "admission"). */
    private static final Set<String> TEST_ELSEWHERE_SENTENCE = TEST_ELSEWHERE_CUES.get("sentence");
    /** For a test code, the phrases of a study reported in the note that the test is part of ({@code within_study_cues.tsv}). */
    private static final Map<String, List<String>> WITHIN_STUDY = withinStudyCues();
    /** Words after a test phrase read for a cue of {@link #TEST_ELSEWHERE_AFTER}. */
    private static final int WORDS_AFTER_TEST = 3;
    private static final Set<String> NOT_DONE = Set.copyOf(DataFiles.lines(DIR + "not_done_cues.txt"));
    /** Sections whose tests are ordered for later, not done at this visit (a plan). */
    private static final Set<SectionType> ORDERED_TEST_SECTIONS = DataFiles.lines(DIR + "ordered_test_sections.txt")
            .stream().map(SectionType::fromId).collect(Collectors.toUnmodifiableSet());
    /** The sides of {@code done_test_cues.tsv}, each with its words. */
    private static final Map<String, Set<String>> DONE_CUES = cueWords("done_test_cues.tsv", Set.of("before", "after"));
    /** Words before a test phrase in a plan section that say it was done ("obtained"). */
    private static final Set<String> DONE_BEFORE = DONE_CUES.get("before");
    /** Words after a test phrase in a plan section that say it was done ("showed", "performed"). */
    private static final Set<String> DONE_AFTER = DONE_CUES.get("after");
    /** The sides of {@code this_visit_test_cues.tsv}, each with its words. */
    private static final Map<String, Set<String>> THIS_VISIT_CUES = cueWords("this_visit_test_cues.tsv",
            Set.of("sentence", "before", "lab_sentence"));
    /** Words anywhere in a test's sentence that date or place it at this visit ("today", "office"). */
    private static final Set<String> THIS_VISIT_SENTENCE = THIS_VISIT_CUES.get("sentence");
    /** Words among the few before a test phrase that say this provider did it ("we did get an EKG"). */
    private static final Set<String> THIS_VISIT_BEFORE = THIS_VISIT_CUES.get("before");
    /** Words in a laboratory test's sentence that place it in the provider's own office ("office", "in-house"). */
    private static final Set<String> THIS_OFFICE_LAB = THIS_VISIT_CUES.get("lab_sentence");
    /** The code of a postoperative follow-up visit in the global period. */
    private static final String POSTOP_VISIT = "99024";
    private static final double VISIT_SCORE = NUMBERS.value("score.office_visit");
    private static final double SERVICE_SCORE = NUMBERS.value("score.service");
    private static final int CUE_WORDS = NUMBERS.count("cue.words_before");
    private static final int CUE_CHARS = NUMBERS.count("cue.chars_before");
    private static final int DISCHARGE_MINUTES = NUMBERS.count("time.discharge_minutes");
    private static final int CRITICAL_CARE_MINUTES = NUMBERS.count("time.critical_care_minutes");
    private static final int CRITICAL_CARE_FIRST_SPAN = NUMBERS.count("time.critical_care_first_span");
    private static final int CRITICAL_CARE_ADDED = NUMBERS.count("time.critical_care_added_minutes");

    private final CptCodeSet codes;
    private final MdmAssessor mdm;
    private final Map<String, String> services;
    /** The phrases of diagnostic tests (kind "test" or "lab" of services.tsv). */
    private final Set<String> tests;
    /** The phrases of laboratory tests usually sent to a laboratory (kind "lab" of services.tsv). */
    private final Set<String> labs;
    /** The service phrases, longest first (the first that fits at a place wins). */
    private final List<String> phrases;
    /**
     * The phrases by their first character (lower case), each list longest first as {@link #phrases}: a place
     * is compared only with the phrases that start with its letter; null where none does.
     */
    private final List<List<String>> byFirstLetter;

    public CptModule(CptCodeSet codes, MdmAssessor mdm) {
        this.codes = codes;
        this.mdm = mdm;
        Map<String, String> s = new LinkedHashMap<>();
        Set<String> t = new HashSet<>();
        Set<String> lab = new HashSet<>();
        for (String[] c : DataFiles.table("/org/opencac/engine/cpt/services.tsv", 3, 3)) {
            if (!(c[2].equals("test") || c[2].equals("lab") || c[2].equals("service"))) {
                throw new IllegalStateException("services.tsv: expected phrase<TAB>code<TAB>test|lab|service: "
                        + String.join("\t", c));
            }
            s.put(c[0].toLowerCase(Locale.ROOT), c[1]);
            if (!c[2].equals("service")) {
                t.add(c[0].toLowerCase(Locale.ROOT));
            }
            if (c[2].equals("lab")) {
                lab.add(c[0].toLowerCase(Locale.ROOT));
            }
        }
        this.services = Map.copyOf(s);
        this.tests = Set.copyOf(t);
        this.labs = Set.copyOf(lab);
        this.phrases = s.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        int max = phrases.stream().mapToInt(p -> p.charAt(0)).max().orElse(0);
        List<List<String>> byFirst = new ArrayList<>(Collections.nCopies(max + 1, (List<String>) null));
        for (String p : phrases) {
            if (byFirst.get(p.charAt(0)) == null) {
                byFirst.set(p.charAt(0), new ArrayList<>());
            }
            byFirst.get(p.charAt(0)).add(p);
        }
        byFirst.replaceAll(l -> l == null ? null : List.copyOf(l));
        this.byFirstLetter = Collections.unmodifiableList(byFirst);
    }

    /**
     * The phrases of one kind of {@code patient_type_cues.tsv} as one whole-word alternation, in file order,
     * tried only where one of the phrases is written.
     */
    private static LiteralFirstPattern patientType(String kind) {
        List<String> literals = new ArrayList<>();
        Map<String, Consumer<String>> readers = new HashMap<>(Map.of("new", p -> { }, "established", p -> { },
                "interval", p -> { }));
        readers.put(kind, phrase -> literals.add(phrase.toLowerCase(Locale.ROOT)));
        DataFiles.kinds(DIR + "patient_type_cues.tsv", readers);
        List<String> phrases = literals.stream().map(Pattern::quote).toList();
        return new LiteralFirstPattern(Pattern.compile("\\b(" + String.join("|", phrases) + ")\\b"), literals);
    }

    /**
     * Each kind's words of a {@code kind<TAB>word} cue file beside this module, read once; every kind listed has an
     * entry (empty when the file gives it no word), and any other kind is an error.
     */
    private static Map<String, Set<String>> cueWords(String file, Set<String> kinds) {
        Map<String, Set<String>> frozen = new HashMap<>();
        DataFiles.kindSets(DIR + file, kinds.toArray(String[]::new)).forEach((k, words) -> frozen.put(k,
                words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
        return Map.copyOf(frozen);
    }

    private static Map<String, List<String>> withinStudyCues() {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] c : DataFiles.table(DIR + "within_study_cues.tsv", 2, 2)) {
            out.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[1].toLowerCase(Locale.ROOT));
        }
        Map<String, List<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** Whether the note reports a study that the test {@code code} is part of (read only for a test found). */
    static boolean withinStudy(String code, String lower) {
        return WITHIN_STUDY.getOrDefault(code, List.of()).stream().anyMatch(lower::contains);
    }

    private static Set<SectionType> sectionTypes(Set<String> ids) {
        return ids.stream().map(SectionType::fromId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the note is an office visit: not a procedure report or a hospital stay (a section of
     * {@link #NOT_OFFICE_VISIT}), and not a study's own report (a reason for the study and no section of a visit).
     */
    static boolean officeVisit(List<Section> sections) {
        boolean visit = false;
        boolean studyReason = false;
        for (Section s : sections) {
            if (NOT_OFFICE_VISIT.contains(s.type())) {
                return false;
            }
            visit |= VISIT_SECTIONS.contains(s.type());
            studyReason |= STUDY_REASON.contains(s.type());
        }
        return visit || !studyReason;
    }

    /** The text of the note's procedure sections (lower case), each on its own line; empty when it has none. */
    static String procedureText(String lower, List<Section> sections) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            if (s.type() == SectionType.PROCEDURE) {
                out.append(s.span().coveredText(lower)).append('\n');
            }
        }
        return out.toString();
    }

    /** The text of the procedure section that holds offset {@code at}; empty when a section of another kind holds it. */
    static String procedureSectionAt(String lower, List<Section> sections, int at) {
        for (Section s : sections) {
            if (s.type() == SectionType.PROCEDURE && s.span().start() <= at && at < s.span().end()) {
                return s.span().coveredText(lower);
            }
        }
        return "";
    }

    /** Whether the note is a procedure's own report: a procedure section and no section of a visit. */
    static boolean procedureReport(List<Section> sections) {
        boolean procedure = false;
        for (Section s : sections) {
            if (VISIT_SECTIONS.contains(s.type())) {
                return false;
            }
            procedure |= s.type() == SectionType.PROCEDURE;
        }
        return procedure;
    }

    public static CptModule of(CptCodeSet codes) {
        return new CptModule(codes, MdmAssessor.standard());
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.CPT;
    }

    @Override
    public CodeSetVersion version() {
        return codes.version();
    }

    /** "team-list" or "licensed-file". */
    @Override
    public String source() {
        return codes.source();
    }

    @Override
    public List<FoundCode> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT).trim();
        String[] words = q.split("\\s+");
        return codes.codes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(x -> x.getKey().toLowerCase(Locale.ROOT).startsWith(q) || Arrays.stream(words)
                        .allMatch(w -> x.getValue().toLowerCase(Locale.ROOT).contains(w)))
                .limit(limit).map(x -> new FoundCode(x.getKey(), x.getValue())).toList();
    }

    @Override
    public SystemResult code(Document doc) {
        String text = doc.text();
        // the lower-cased note is scanned twice (the MDM cues; the new and established patient phrases together)
        ScannedText scannedLower = ScannedText.lowerCased(text);
        String lower = scannedLower.text();
        EncounterPlace.Written placePhrases = EncounterPlace.Written.in(scannedLower);
        List<Suggestion> out = new ArrayList<>();
        List<DocumentationQuery> queries = new ArrayList<>();
        StringBuilder plan = new StringBuilder();
        for (Section s : doc.sections()) {
            if (PLAN_SECTIONS.contains(s.type())) {
                plan.append(s.span().coveredText(text)).append('\n');
            }
        }
        String decisions = plan.length() > 0 ? plan.toString() : decisionsWithoutPlan(text, doc.sections());
        MdmAssessment a = mdm.assess(decisions, scannedLower);
        int digit = levelDigit(a.level());
        List<Section> sections = doc.sections();
        boolean officeVisit = officeVisit(sections) && !EncounterPlace.hospital(placePhrases, sections);
        // a preventive medicine visit is no problem-oriented office visit, though its own tests are coded
        Optional<EncounterPlace.Cue> preventive = officeVisit ? EncounterPlace.preventiveCue(lower, sections)
                : Optional.empty();
        boolean problemVisit = officeVisit && preventive.isEmpty();
        // a problem visit whose reason is a surgery's follow-up is in the surgery's global period (read once)
        Optional<EncounterPlace.Cue> postoperative = problemVisit ? EncounterPlace.postoperative(lower, sections)
                : Optional.empty();
        Matcher[] patientTypes = officeVisit
                ? PATIENT_TYPES.find(scannedLower, (start, end) -> aboutThisVisit(lower, sections, start, end)
                        && !datedVisit(lower, doc.sentences(), start))
                : new Matcher[2];
        Matcher n = patientTypes[0];
        Matcher e = patientTypes[1];
        boolean isNew = n != null;
        boolean isEstablished = e != null;
        String newCode = "9920" + digit;
        String establishedCode = "9921" + digit;
        if (preventive.isPresent()) {
            EncounterPlace.Cue cue = preventive.get();
            OptionalInt months = PatientAge.months(lower.substring(SentenceBounds.start(lower, cue.start()),
                    SentenceBounds.end(lower, cue.end())), lower);
            Matcher which = isNew == isEstablished ? null : isNew ? n : e;
            if (!isNew && !isEstablished) {
                // an interval history tells of the time up to this visit: only an instructions section's is another's
                which = INTERVAL.find(scannedLower, (start, end) -> !inSection(sections, Set.of(SectionType.INSTRUCTIONS),
                        start))[0];
            }
            PreventiveVisitEm.code(text, cue, months, which == null ? null : which.group(), isNew, codes, VISIT_SCORE,
                    out, queries);
            if (which != null && a.supported() && EncounterPlace.preventiveWithProblem(lower, cue)) {
                // a problem the reason names beside the preventive service: its own office E/M, with modifier 25
                String problemCode = isNew ? newCode : establishedCode;
                List<String> why = new ArrayList<>();
                why.add("Problem-oriented service beside the preventive visit: the reason for the visit names one after"
                        + " \"" + text.substring(cue.start(), cue.end()) + "\"; report it with modifier 25 (significant,"
                        + " separately identifiable E/M service)");
                why.addAll(a.reasons());
                EvidenceSpan ev = new EvidenceSpan(cue.start(), cue.end(), text.substring(cue.start(), cue.end()),
                        "unknown", false, "present", "patient");
                codes.description(problemCode).ifPresent(d -> out.add(new Suggestion(problemCode, d, true, VISIT_SCORE,
                        List.of(ev), why, true, CodeSystem.CPT, codes.version().label(), 1)));
            }
        } else if (!problemVisit) {
            // a procedure report or a hospital encounter: no office visit; an emergency department visit's own note
            // gets its E/M code
            // (a procedure's own report, with no section of a visit, is no emergency department visit's record)
            Optional<EncounterPlace.Cue> emergency = procedureReport(sections) ? Optional.empty()
                    : EncounterPlace.emergency(placePhrases, sections, plan.length() > 0);
            // critical care of a stated time and a critical illness, in the department or the hospital, replaces the E/M
            Optional<VisitTime.Stated> criticalCare = procedureReport(sections) ? Optional.empty()
                    : VisitTime.criticalCare(lower).filter(t -> t.minutes() >= CRITICAL_CARE_MINUTES)
                            .filter(t -> emergency.isPresent() || EncounterPlace.hospital(placePhrases, sections));
            boolean critical = criticalCare.isPresent() && VisitTime.criticalIllness(lower);
            if (critical) {
                CriticalCareEm.code(text, criticalCare.get(), CRITICAL_CARE_FIRST_SPAN, CRITICAL_CARE_ADDED, codes,
                        VISIT_SCORE, out);
            } else {
                criticalCare.ifPresent(t -> queries.add(new DocumentationQuery(CriticalCareEm.FIRST, "critical illness",
                        "The note states " + t.minutes() + " minutes of critical care but names no critical illness: which"
                                + " illness or injury acutely impaired a vital organ system?", List.of(CriticalCareEm.FIRST),
                        List.of(new EvidenceSpan(t.start(), t.end(), text.substring(t.start(), t.end()), "unknown",
                                false, "present", "patient")))));
            }
            emergency.filter(cue -> !critical).ifPresent(cue -> {
                MdmAssessment ed = mdm.assess(emergencyMdmText(text, sections, cue), scannedLower, MdmEncounter.EMERGENCY);
                EmergencyVisitEm.code(text, cue, ed, levelDigit(ed.level()), codes, VISIT_SCORE, out, queries);
            });
            // a hospital stay's own note (not a procedure's report) gets its hospital E/M code
            if (!critical && emergency.isEmpty() && !procedureReport(sections) && EncounterPlace.hospital(placePhrases, sections)) {
                EncounterPlace.hospitalVisit(lower, sections).ifPresent(visit -> {
                    if (visit.kind() == EncounterPlace.HospitalVisit.POSTOPERATIVE) {
                        postoperativeVisit(text, visit.cue(), out);
                    } else {
                        MdmAssessment stay = mdm.assess(decisions, scannedLower, MdmEncounter.HOSPITAL);
                        HospitalVisitEm.code(text, lower, visit, stay, DISCHARGE_MINUTES, codes, VISIT_SCORE, out, queries);
                    }
                });
            }
        } else if (postoperative.isPresent()) {
            postoperativeVisit(text, postoperative.get(), out);
        } else if (isNew == isEstablished) {
            queries.add(new DocumentationQuery(establishedCode, "patient type", "The visit's MDM is " + a.level().label()
                    + " but the note does not say whether the patient is new or established: which is it?",
                    List.of(newCode, establishedCode), List.of()));
        } else if (!a.supported() && officeTime(lower, isNew).digit() == 0) {
            String prefix = isNew ? "9920" : "9921";
            queries.add(new DocumentationQuery(isNew ? newCode : establishedCode, "MDM level", "The note documents "
                    + (isNew ? "a new" : "an established") + " patient's visit but not the problems addressed or the "
                    + "management in a way the MDM level can be read from: which level is it?",
                    List.of(prefix + 2, prefix + 3, prefix + 4, prefix + 5), List.of()));
        } else {
            // the level is the higher of the MDM's and the one the total time stated meets
            VisitTime.ByTime time = officeTime(lower, isNew);
            int byTime = time.digit();
            String code = (isNew ? "9920" : "9921") + (a.supported() ? Math.max(digit, byTime) : byTime);
            Matcher which = isNew ? n : e;
            List<String> why = new ArrayList<>();
            why.add((isNew ? "New" : "Established") + " patient: \"" + which.group() + "\"");
            if (a.supported()) {
                why.addAll(a.reasons());
            }
            if (byTime > (a.supported() ? digit : 0)) {
                why.add(time.reason());
            }
            EvidenceSpan ev = new EvidenceSpan(which.start(), which.end(), text.substring(which.start(), which.end()),
                    "unknown", false, "present", "patient");
            codes.description(code).ifPresent(d -> out.add(new Suggestion(code, d, true, VISIT_SCORE, List.of(ev), why, true,
                    CodeSystem.CPT, codes.version().label(), 1)));
        }
        Map<String, Suggestion> svc = new LinkedHashMap<>();
        // a hospital stay's summary lists procedures that are coded from their own reports
        boolean staySummary = EncounterPlace.staySummary(lower, sections);
        char[] chars = text.toCharArray();   // read character by character below
        String procedures = null;   // the text of the procedure sections, made when a service phrase is first found
        Map<String, Set<String>> levels = new LinkedHashMap<>();   // the spinal levels of each service coded per level
        int at = 0;
        while (!staySummary && at < chars.length) {
            String phrase = serviceAt(chars, at);
            if (phrase == null) {
                at++;
                continue;
            }
            int start = at;
            int end = at + phrase.length();
            at = end;
            if (notDoneAtThisVisit(lower, sections, doc.sentences(), officeVisit, phrase, start, end)) {
                continue;
            }
            String base = services.get(phrase);
            String sentence = lower.substring(SentenceBounds.start(lower, start), SentenceBounds.end(lower, end));
            if (procedures == null) {
                procedures = procedureText(lower, sections);
            }
            if (withinStudy(base, lower)
                    || !ServiceSites.STANDARD.fits(base, sentence, procedureSectionAt(lower, sections, start), procedures)) {
                continue; // part of a study the note reports (the ECG of a stress test), or another site's
            }
            String variant = ServiceVariants.STANDARD.codeFor(base, sentence, procedures, lower);
            Optional<SiteCounts.Counted> counted = SiteCounts.STANDARD.variantFor(variant, lower);
            String code = counted.map(SiteCounts.Counted::code).orElse(variant);
            if (AddOnLevels.STANDARD.addOnOf(code) != null) {
                levels.computeIfAbsent(code, k -> new HashSet<>()).addAll(VertebralLevels.in(sentence));
            }
            if (svc.containsKey(code)) {
                continue;
            }
            String written = text.substring(start, end);
            List<String> why = new ArrayList<>(List.of("Service documented: \"" + written + "\" (team service list)"));
            counted.ifPresent(c -> why.add(c.total() + " sites named where the note tells of it: "
                    + new TreeMap<>(c.sites())));
            codes.description(code).ifPresent(d -> svc.putIfAbsent(code, new Suggestion(code, d, true, SERVICE_SCORE,
                    List.of(new EvidenceSpan(start, end, written, "unknown", false, "present", "patient")),
                    why, false, CodeSystem.CPT, codes.version().label(), 1)));
        }
        out.addAll(svc.values());
        levels.forEach((code, named) -> furtherLevels(svc.get(code), named.size(), out));
        return new SystemResult(codes.version(), out, queries);
    }

    /**
     * The add-on code of a service coded per spinal level ({@code add_on_levels.tsv}), once for each level after the
     * first of the {@code levels} its sentences name, on the service's own evidence.
     */
    private void furtherLevels(Suggestion service, int levels, List<Suggestion> out) {
        int units = AddOnLevels.furtherLevels(levels);
        if (service == null || units == 0) {
            return;
        }
        String addOn = AddOnLevels.STANDARD.addOnOf(service.code());
        codes.description(addOn).ifPresent(d -> out.add(new Suggestion(addOn, d, true, SERVICE_SCORE,
                service.evidence(), List.of("Each further level of " + service.code() + ": " + levels
                        + " spinal levels named in its sentences (add-on code, " + units + " unit(s))"), false,
                CodeSystem.CPT, codes.version().label(), units)));
    }

    /**
     * Where a note with no assessment or plan section has its problems addressed and its management read: its sections
     * other than the history and findings ({@code history_sections.txt}), whose drugs and problems the patient came
     * with (a drug "started" by another physician, the medication list) are no decision of this visit; null (the whole
     * note) when it has no section of the history either (an untitled note). Empty when every section is history: the
     * problems and management are then not documented.
     */
    static String decisionsWithoutPlan(String text, List<Section> sections) {
        if (sections.stream().noneMatch(s -> HISTORY_SECTIONS.contains(s.type()))) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            if (!HISTORY_SECTIONS.contains(s.type())) {
                out.append(s.span().coveredText(text)).append('\n');
            }
        }
        return out.toString();
    }

    /** The office E/M level the total time stated meets, for a new or an established patient. */
    private static VisitTime.ByTime officeTime(String lower, boolean isNew) {
        return VisitTime.level(lower, isNew ? VisitTime.Family.OFFICE_NEW : VisitTime.Family.OFFICE_ESTABLISHED);
    }

    /** The last digit of the office and emergency department E/M codes of an MDM level (2 to 5). */
    private static int levelDigit(MdmLevel level) {
        return switch (level) {
            case STRAIGHTFORWARD -> 2;
            case LOW -> 3;
            case MODERATE -> 4;
            case HIGH -> 5;
        };
    }

    /**
     * The text an emergency department visit's MDM is read in: its sections of {@code emergency_mdm_sections.txt}
     * and the section its emergency department header opens ("ED course"); null (the whole note) when it has none.
     */
    static String emergencyMdmText(String text, List<Section> sections, EncounterPlace.Cue cue) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            if (EMERGENCY_MDM_SECTIONS.contains(s.type()) || s.header().start() == cue.start()) {
                out.append(s.span().coveredText(text)).append('\n');
            }
        }
        return out.length() > 0 ? out.toString() : null;
    }

    /**
     * A visit whose reason is the follow-up of a surgery: in its global period the E/M is part of the surgical package,
     * reported with 99024 (no office E/M code); the coder checks the surgery's date and global days.
     */
    private void postoperativeVisit(String text, EncounterPlace.Cue cue, List<Suggestion> out) {
        String written = text.substring(cue.start(), cue.end());
        codes.description(POSTOP_VISIT).ifPresent(d -> out.add(new Suggestion(POSTOP_VISIT, d, true, VISIT_SCORE,
                List.of(new EvidenceSpan(cue.start(), cue.end(), written, "unknown", false, "present", "patient")),
                List.of("Postoperative follow-up visit: \"" + written + "\" in the reason for the visit",
                        "In the surgery's global period the visit is part of the surgical package (no separate E/M);"
                                + " if the global period has ended or the visit is for an unrelated problem, the coder"
                                + " chooses the office E/M level instead"),
                true, CodeSystem.CPT, codes.version().label(), 1)));
    }

    /**
     * Whether the service phrase at {@code start}..{@code end} was not done at this visit: planned or negated; a
     * test of a procedure report or hospital stay, or whose sentence dates it to another day; or, unless its words date it today, told in a section of earlier
     * care, or a test done earlier or elsewhere, ordered in a plan section without a word saying it was done, or in a
     * list a sentence opens by ordering.
     */
    private boolean notDoneAtThisVisit(String lower, List<Section> sections, List<Sentence> sentences,
                                       boolean officeVisit, String phrase, int start, int end) {
        if (plannedOrNegated(lower, start)) {
            return true;
        }
        boolean test = tests.contains(phrase);
        if (test && (!officeVisit || anotherDaysTest(lower, sentences, start))) {
            return true;
        }
        if (labs.contains(phrase) && !inThisOffice(lower, start, end)) {
            return true;
        }
        if (saysToday(lower, start, end)) {
            return false;
        }
        if (inSection(sections, EARLIER_SECTIONS, start)) {
            return true;
        }
        return test && (testElsewhere(lower, start, end)
                || inSection(sections, ORDERED_TEST_SECTIONS, start)
                        && !wordNear(lower, start, end, DONE_BEFORE, DONE_AFTER)
                || orderedListOpening(lower, start)
                || !doneHere(lower, start, end));
    }

    /**
     * Whether the test phrase at {@code start}..{@code end} is documented as done at this visit: a word of
     * {@code this_visit_test_cues.tsv} in its sentence ("in the office today") or among the few words before it
     * ("we did get"). A result listed without one is a test another provider or the hospital did.
     */
    static boolean doneHere(String lower, int start, int end) {
        return anyOf(wordsBefore(lower, start), THIS_VISIT_BEFORE) || anyOf(
                NOT_WORD.split(lower.substring(SentenceBounds.start(lower, start), SentenceBounds.end(lower, end))),
                THIS_VISIT_SENTENCE);
    }

    /**
     * Whether the laboratory test phrase at {@code start}..{@code end} is placed in the provider's own office: a word
     * of {@code this_visit_test_cues.tsv} (kind "lab_sentence") in its sentence. A sample drawn today is analysed, and
     * the test billed, by the laboratory that runs it ("CBC from today") unless the note says the office ran it.
     */
    static boolean inThisOffice(String lower, int start, int end) {
        return anyOf(NOT_WORD.split(lower.substring(SentenceBounds.start(lower, start), SentenceBounds.end(lower, end))),
                THIS_OFFICE_LAB);
    }

    /**
     * Whether the patient type phrase at {@code start}..{@code end} is about this visit: not in an
     * instructions or follow-up section, and not written as a later visit's ("will follow up", "follow up in
     * two weeks") unless the words before say this visit's ("here today for follow-up"), the nearest such word
     * deciding ("comes back tomorrow for a recheck" is a later visit's); a status phrase
     * ("established patient") outside such a section always is.
     */
    static boolean aboutThisVisit(String lower, List<Section> sections, int start, int end) {
        if (inSection(sections, Set.of(SectionType.INSTRUCTIONS), start)) {
            return false;
        }
        if (STATUS_PHRASES.contains(lower.substring(start, end))) {
            return true;
        }
        // the time word nearest the phrase decides: "comes back for his recheck" is a later visit's, though "comes"
        String[] before = wordsBefore(lower, start);
        for (int i = before.length - 1; i >= 0; i--) {
            if (NOW_BEFORE.contains(before[i])) {
                return true;
            }
            if (LATER_BEFORE.contains(before[i])) {
                return false;
            }
        }
        if (NEEDS_NOW.contains(lower.substring(start, end))) {
            return false;
        }
        int from = end;
        while (from < lower.length() && !isWordChar(lower.charAt(from)) && lower.charAt(from) != '.'
                && lower.charAt(from) != '\n') {
            from++;
        }
        int to = from;
        while (to < lower.length() && isWordChar(lower.charAt(to))) {
            to++;
        }
        return to == from || !LATER_AFTER.contains(lower.substring(from, to));
    }

    /**
     * The longest service phrase written at {@code at} as whole words (no letter or digit either side),
     * matched without regard to ASCII case; null if none. A scan of the note from left to right with this
     * finds what a case-insensitive alternation of the phrases, longest first, would find.
     */
    private String serviceAt(char[] text, int at) {
        char first = text[at];
        if (first >= 'A' && first <= 'Z') {
            first = (char) (first + ('a' - 'A'));
        }
        List<String> candidates = first < byFirstLetter.size() ? byFirstLetter.get(first) : null;
        if (candidates == null || at > 0 && isWordChar(text[at - 1])) {
            return null;
        }
        for (int k = 0; k < candidates.size(); k++) {
            String p = candidates.get(k);
            int end = at + p.length();
            if (end <= text.length && sameIgnoringAsciiCase(text, at, p)
                    && (end == text.length || !isWordChar(text[end]))) {
                return p;
            }
        }
        return null;
    }

    private static boolean sameIgnoringAsciiCase(char[] text, int at, String lowerPhrase) {
        for (int i = 0; i < lowerPhrase.length(); i++) {
            char c = text[at + i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerPhrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A letter or a number ({@code \\p{L}} or {@code \\p{N}}). ASCII, nearly every character of a note, is
     * answered without the Unicode tables: the phrase scan asks this before most letters of the note.
     */
    private static boolean isWordChar(char c) {
        return WholeWord.isWordChar(c);   // a lone surrogate is neither, as a char or as a code point
    }

    /**
     * A word of {@code not_done_cues.txt} among the few before {@code offset} (same sentence) that means the
     * service was not done at this visit.
     */
    private static boolean plannedOrNegated(String lower, int offset) {
        for (String w : wordsBefore(lower, offset)) {
            if (NOT_DONE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of {@code not_done_cues.txt} among the first few words of the sentence holding {@code offset}:
     * a test in a list that the sentence opens by ordering ("Will check labs, x-ray and EKG").
     */
    static boolean orderedListOpening(String lower, int offset) {
        int from = SentenceBounds.start(lower, offset);
        String[] words = NOT_WORD.split(lower.substring(from, offset).strip());
        for (int i = 0; i < Math.min(CUE_WORDS, words.length); i++) {
            if (NOT_DONE.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code offset} is in a section of one of {@code types}. */
    private static boolean inSection(List<Section> sections, Set<SectionType> types, int offset) {
        for (Section s : sections) {
            if (types.contains(s.type()) && s.span().start() <= offset && offset < s.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of {@code not_this_visit_test_cues.tsv} near the test phrase at {@code start}..{@code end} (same
     * sentence): the test was done earlier or elsewhere, only reviewed, or is a monitor.
     */
    private static boolean testElsewhere(String lower, int start, int end) {
        return wordNear(lower, start, end, TEST_ELSEWHERE_BEFORE, TEST_ELSEWHERE_AFTER)
                || TEST_ELSEWHERE_BEFORE.contains(YEAR_CUE) && yearInSentence(lower, start, end);
    }

    /**
     * Whether the sentence (of the note's sentences, whose ends are not the decimal points of its values) of the
     * test phrase at {@code start} has a "sentence" word of {@code not_this_visit_test_cues.tsv} ("yesterday",
     * "admission"): a count followed over a stay's days or compared with earlier tests, whatever "today" the
     * sentence also writes.
     */
    static boolean anotherDaysTest(String lower, List<Sentence> sentences, int start) {
        for (Sentence s : sentences) {
            if (s.span().contains(start)) {
                return anyOf(NOT_WORD.split(lower.substring(s.span().start(), s.span().end())), TEST_ELSEWHERE_SENTENCE);
            }
        }
        return false;
    }

    /** The cue word of {@code visit_time_cues.tsv} that stands for a full date written in a patient type phrase's sentence. */
    static final String DATE_CUE = "@date";

    /**
     * Whether the sentence of the patient type phrase at {@code start} writes a full numeric date (09/22/2009), when
     * {@code visit_time_cues.tsv} lists the cue {@link #DATE_CUE}: "presented for a follow-up visit on 09/22/2009" is
     * the dated visit, told in the history, whatever word of this visit is near it.
     */
    static boolean datedVisit(String lower, List<Sentence> sentences, int start) {
        if (!LATER_BEFORE.contains(DATE_CUE)) {
            return false;
        }
        for (Sentence s : sentences) {
            if (s.span().contains(start)) {
                return FULL_DATE.matcher(lower).region(s.span().start(), s.span().end()).find();
            }
        }
        return false;
    }

    private static final Pattern FULL_DATE = Pattern.compile("\\b\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}\\b");

    /** The cue word of {@code not_this_visit_test_cues.tsv} that stands for a year written in the test's sentence. */
    static final String YEAR_CUE = "@year";

    /**
     * A year (1900-2099) written alone in the sentence of the test phrase at {@code start}..{@code end}, not as
     * part of a full date (03/14/2009, 2009-03-14, March 14, 2009): "TSH performed in January 2009" dates the test
     * to an earlier visit, while a full date is how a stay's notes date their own tests.
     */
    static boolean yearInSentence(String lower, int start, int end) {
        int from = SentenceBounds.start(lower, start);
        int to = SentenceBounds.end(lower, end);
        for (int i = from; i + 4 <= to; i++) {
            if ((lower.charAt(i) == '1' && lower.charAt(i + 1) == '9' || lower.charAt(i) == '2' && lower.charAt(i + 1) == '0')
                    && Character.isDigit(lower.charAt(i + 2)) && Character.isDigit(lower.charAt(i + 3))
                    && (i == 0 || !dateChar(lower.charAt(i - 1))) && (i + 4 == lower.length() || !dateChar(lower.charAt(i + 4)))
                    && !afterDayOfMonth(lower, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the year at {@code i} follows a day of the month ("July 16, 2009"): the year of a full date. */
    private static boolean afterDayOfMonth(String lower, int i) {
        int k = i - 1;
        while (k >= 0 && (lower.charAt(k) == ' ' || lower.charAt(k) == ',')) {
            k--;
        }
        return k >= 0 && Character.isDigit(lower.charAt(k));
    }

    /** A digit or a separator of a written date ("/", "-"): a character next to a year that makes it part of one. */
    private static boolean dateChar(char c) {
        return Character.isDigit(c) || c == '/' || c == '-';
    }

    /**
     * A word of {@code visit_time_cues.tsv} that dates a service to this visit ("today") among the few words
     * around the phrase at {@code start}..{@code end} in its sentence: done now whatever section or cue.
     */
    private static boolean saysToday(String lower, int start, int end) {
        return wordNear(lower, start, end, TODAY, TODAY);
    }

    /**
     * Whether one of {@code before} is among the few words before {@code start}, or one of {@code after} among
     * the few words after {@code end}, in its sentence.
     */
    private static boolean wordNear(String lower, int start, int end, Set<String> before, Set<String> after) {
        return anyOf(wordsBefore(lower, start), before) || anyOf(wordsAfter(lower, end), after);
    }

    /** Whether one of the words is one of {@code cues}. */
    private static boolean anyOf(String[] words, Set<String> cues) {
        for (String w : words) {
            if (cues.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The few words after {@code end} in its sentence. */
    private static String[] wordsAfter(String lower, int end) {
        int to = end;
        int words = 0;
        boolean inWord = false;
        while (to < lower.length() && lower.charAt(to) != '.' && lower.charAt(to) != '\n') {
            boolean w = isWordChar(lower.charAt(to));
            if (w && !inWord && ++words > WORDS_AFTER_TEST) {
                break;
            }
            inWord = w;
            to++;
        }
        return NOT_WORD.split(lower.substring(end, to));
    }

    /** The few words before {@code offset} in its sentence (never across a sentence end or line break). */
    private static String[] wordsBefore(String lower, int offset) {
        int from = Math.max(SentenceBounds.start(lower, offset), offset - CUE_CHARS);
        String[] words = NOT_WORD.split(lower.substring(from, offset));
        return Arrays.copyOfRange(words, Math.max(0, words.length - CUE_WORDS), words.length);
    }
}
