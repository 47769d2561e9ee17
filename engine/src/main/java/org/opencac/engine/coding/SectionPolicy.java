package org.opencac.engine.coding;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.section.SectionType;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The section policy (data: {@code section_policy.tsv}): the coding role of every section type and the
 * Tabular headers whose codes stay codable in it; and (data: {@code unrelated_category_chapters.tsv}) the
 * chapters whose categories group unrelated conditions; and (data: {@code test_result_findings.txt}) the headers
 * of findings a test reports. Every section type must have a row; a bad row fails
 * at load, and a header or chapter the code set does not have fails when the policy meets the code set
 * ({@link #check}).
 */
public final class SectionPolicy {
    public static final String RESOURCE = "/org/opencac/engine/coding/section_policy.tsv";
    public static final String CHAPTERS = "/org/opencac/engine/coding/unrelated_category_chapters.tsv";
    public static final String REGION_CHAPTERS = "/org/opencac/engine/coding/region_category_chapters.tsv";
    public static final String TEST_FINDINGS = "/org/opencac/engine/coding/test_result_findings.txt";
    public static final String PROCEDURE_CHAPTERS = "/org/opencac/engine/coding/procedure_finding_chapters.tsv";
    public static final String PROCEDURE_STATUS = "/org/opencac/engine/coding/procedure_status_codes.txt";
    public static final String PROCEDURE_ACTS = "/org/opencac/engine/coding/procedure_act_findings.txt";
    public static final String PROCEDURE_REASONS = "/org/opencac/engine/coding/procedure_reason_cues.txt";
    public static final String PROCEDURE_DIAGNOSES = "/org/opencac/engine/coding/procedure_diagnosis_cues.tsv";
    public static final String PATIENT_INTRODUCTIONS = "/org/opencac/engine/coding/patient_introduction_cues.txt";
    public static final String PATIENT_ARRIVALS = "/org/opencac/engine/coding/patient_arrival_cues.txt";
    public static final String PATIENT_NOUNS = "/org/opencac/engine/coding/patient_nouns.txt";

    /** One row: a role and the Tabular headers (categories, subcategories) whose codes are kept whatever the role. */
    public record Entry(SectionRole role, List<String> kept) {
        public Entry {
            kept = List.copyOf(kept);
        }
    }

    /**
     * A chapter whose categories group unrelated conditions.
     *
     * @param number the chapter number as published, e.g. "18"
     * @param title  its title, as the Tabular starts it
     */
    public record UnrelatedChapter(String number, String title) {
    }

    private final Map<SectionType, Entry> bySection;
    private final List<UnrelatedChapter> unrelatedChapters;
    private final List<String> testFindings;
    private final List<UnrelatedChapter> regionChapters;
    private final List<UnrelatedChapter> procedureChapters;
    private final List<String> procedureStatus;
    private final List<String> procedureActs;
    private final List<List<String>> procedureReasonCues;
    private final List<List<String>> patientIntroductionCues;
    private final List<List<String>> patientArrivalCues;
    private final Set<String> patientNouns;
    private final ProcedureDiagnosisCues procedureDiagnosisCues;

    public SectionPolicy(Map<SectionType, Entry> bySection, List<UnrelatedChapter> unrelatedChapters) {
        this(bySection, unrelatedChapters, List.of());
    }

    /**
     * @param testFindings Tabular headers of findings a test reports: in test results only, they need the
     *                     condition documented elsewhere when the note has a final diagnostic statement
     */
    public SectionPolicy(Map<SectionType, Entry> bySection, List<UnrelatedChapter> unrelatedChapters,
                         List<String> testFindings) {
        this(bySection, unrelatedChapters, testFindings, List.of());
    }

    /**
     * @param regionChapters chapters whose 3-character category is one body region's findings (injuries): a
     *                       finding listed only in the exam is documented by any code of its category
     */
    public SectionPolicy(Map<SectionType, Entry> bySection, List<UnrelatedChapter> unrelatedChapters,
                         List<String> testFindings, List<UnrelatedChapter> regionChapters) {
        this(bySection, unrelatedChapters, testFindings, regionChapters, List.of(), List.of());
    }

    /**
     * @param procedureChapters chapters whose codes the account of an operation names without documenting a
     *                          diagnosis (signs seen while operating, injuries the operation makes): documented
     *                          only in a procedure section of a note with a final diagnostic statement, they need
     *                          the condition documented elsewhere
     * @param procedureStatus   Tabular headers of status codes (a device present, an organ absent) that the
     *                          account of an operation names as its own work (the device it places, the organ it
     *                          removes): named there only and not as a past state, they are not coded
     */
    public SectionPolicy(Map<SectionType, Entry> bySection, List<UnrelatedChapter> unrelatedChapters,
                         List<String> testFindings, List<UnrelatedChapter> regionChapters,
                         List<UnrelatedChapter> procedureChapters, List<String> procedureStatus) {
        this(bySection, unrelatedChapters, testFindings, regionChapters, procedureChapters, procedureStatus, List.of());
    }

    /**
     * @param procedureActs Tabular headers of conditions whose name is also an act of the operation (an artery's
     *                      "dissection"): like the procedure chapters, named only in a procedure section of a note
     *                      with a final diagnostic statement they need the condition documented elsewhere
     */
    public SectionPolicy(Map<SectionType, Entry> bySection, List<UnrelatedChapter> unrelatedChapters,
                         List<String> testFindings, List<UnrelatedChapter> regionChapters,
                         List<UnrelatedChapter> procedureChapters, List<String> procedureStatus,
                         List<String> procedureActs) {
        for (SectionType t : SectionType.values()) {
            if (!bySection.containsKey(t)) {
                throw new IllegalArgumentException("section policy has no row for section type " + t.id());
            }
        }
        this.bySection = Map.copyOf(bySection);
        this.unrelatedChapters = List.copyOf(unrelatedChapters);
        this.testFindings = List.copyOf(testFindings);
        this.regionChapters = List.copyOf(regionChapters);
        this.procedureChapters = List.copyOf(procedureChapters);
        this.procedureStatus = List.copyOf(procedureStatus);
        this.procedureActs = List.copyOf(procedureActs);
        this.procedureReasonCues = parseCues(DataFiles.lines(PROCEDURE_REASONS), PROCEDURE_REASONS);
        this.patientIntroductionCues = parseCues(DataFiles.lines(PATIENT_INTRODUCTIONS), PATIENT_INTRODUCTIONS);
        this.patientArrivalCues = parseCues(DataFiles.lines(PATIENT_ARRIVALS), PATIENT_ARRIVALS);
        this.patientNouns = parseWords(DataFiles.lines(PATIENT_NOUNS), PATIENT_NOUNS);
        this.procedureDiagnosisCues = ProcedureDiagnosisCues.parse(DataFiles.lines(PROCEDURE_DIAGNOSES),
                PROCEDURE_DIAGNOSES);
    }

    /** The reason cues, each the words of one phrase; a phrase of no words or with a non-word fails at load. */
    static List<List<String>> parseCues(List<String> lines, String name) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (String line : lines) {
            List<String> words = List.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
            if (words.stream().anyMatch(w -> !w.matches("[a-z]+"))) {
                throw new IllegalArgumentException(name + ": expected lowercase words: " + line);
            }
            out.add(words);
        }
        return List.copyOf(out);
    }

    /** One lowercase word a line; anything else fails at load, naming the file. */
    static Set<String> parseWords(List<String> lines, String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            if (!line.matches("[a-z]+")) {
                throw new IllegalArgumentException(name + ": expected one lowercase word: " + line);
            }
            out.add(line);
        }
        return Set.copyOf(out);
    }

    /**
     * The phrases that make a condition named in the account of an operation or study the reason it was done
     * ({@code procedure_reason_cues.txt}), each as its words.
     */
    public List<List<String>> procedureReasonCues() {
        return procedureReasonCues;
    }

    /**
     * The openings of a sentence that introduces its subject by age ({@code patient_introduction_cues.txt}: "this
     * is a", "she is a"), each as its words: a condition the sentence gives the patient "with" is the patient's
     * own, not something seen while operating.
     */
    public List<List<String>> patientIntroductionCues() {
        return patientIntroductionCues;
    }

    /**
     * The openings of a sentence that tells how the patient came to the procedure room ({@code
     * patient_arrival_cues.txt}: "the patient was brought"), each as its words: a condition the sentence gives the
     * patient "with" is the state the patient arrived in, the reason the procedure was done, not something seen
     * while operating.
     */
    public List<List<String>> patientArrivalCues() {
        return patientArrivalCues;
    }

    /**
     * The nouns a sentence introducing the patient by age ends its description with ({@code patient_nouns.txt}:
     * "male", "woman"): a condition written between the age and one of them ("a 52-year-old obese male") is an
     * attribute of the patient, not something seen while operating.
     */
    public Set<String> patientNouns() {
        return patientNouns;
    }

    /**
     * The words that make a condition told in the account of an operation or study a diagnosis: a study's result,
     * or what the operation treated ({@code procedure_diagnosis_cues.tsv}).
     */
    public ProcedureDiagnosisCues procedureDiagnosisCues() {
        return procedureDiagnosisCues;
    }

    public static SectionPolicy standard() {
        return new SectionPolicy(parse(DataFiles.afterHeader(RESOURCE, "section\trole\tkept"), RESOURCE).bySection,
                parseChapters(chapterLines(CHAPTERS), CHAPTERS), DataFiles.lines(TEST_FINDINGS),
                parseChapters(chapterLines(REGION_CHAPTERS), REGION_CHAPTERS),
                parseChapters(chapterLines(PROCEDURE_CHAPTERS), PROCEDURE_CHAPTERS),
                DataFiles.lines(PROCEDURE_STATUS), DataFiles.lines(PROCEDURE_ACTS));
    }

    /** The rows of a bundled "chapter, title" file, after its header. */
    private static List<String> chapterLines(String resource) {
        return DataFiles.afterHeader(resource, "chapter\ttitle");
    }

    static List<UnrelatedChapter> parseChapters(List<String> lines, String name) {
        List<UnrelatedChapter> out = new java.util.ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[0].trim().matches("\\d+") || cols[1].isBlank()) {
                throw new IllegalArgumentException(name + ": expected chapter number<TAB>title: " + line);
            }
            out.add(new UnrelatedChapter(cols[0].trim(), cols[1].trim()));
        }
        return out;
    }

    /**
     * Checks the policy against a code set: every kept header is a code of it and every unrelated chapter is
     * one of its chapters with that title; throws naming the entry otherwise.
     */
    public SectionPolicy check(CodeSet codeSet) {
        for (Map.Entry<SectionType, Entry> e : bySection.entrySet()) {
            for (String header : e.getValue().kept()) {
                // written exactly as the Tabular writes it: that is how codes are compared
                if (codeSet.get(header).filter(c -> c.code().equals(header)).isEmpty()) {
                    throw new IllegalArgumentException(RESOURCE + ": section " + e.getKey().id() + " keeps " + header
                            + ", which is not a code of " + codeSet.version().label() + " as written");
                }
            }
        }
        checkHeaders(testFindings, TEST_FINDINGS, codeSet);
        checkHeaders(procedureStatus, PROCEDURE_STATUS, codeSet);
        checkHeaders(procedureActs, PROCEDURE_ACTS, codeSet);
        for (UnrelatedChapter c : unrelatedChapters) {
            boolean found = codeSet.chapter(c.number()).map(ch -> ch.title().startsWith(c.title())).orElse(false);
            if (!found) {
                throw new IllegalArgumentException(CHAPTERS + ": " + codeSet.version().label() + " has no chapter "
                        + c.number() + " titled \"" + c.title() + "\"");
            }
        }
        checkChapters(regionChapters, REGION_CHAPTERS, codeSet);
        checkChapters(procedureChapters, PROCEDURE_CHAPTERS, codeSet);
        return this;
    }

    private static void checkHeaders(List<String> headers, String file, CodeSet codeSet) {
        for (String header : headers) {
            if (codeSet.get(header).filter(c -> c.code().equals(header)).isEmpty()) {
                throw new IllegalArgumentException(file + ": " + header + " is not a code of "
                        + codeSet.version().label() + " as written");
            }
        }
    }

    private static void checkChapters(List<UnrelatedChapter> chapters, String file,
                                      CodeSet codeSet) {
        for (UnrelatedChapter c : chapters) {
            boolean found = codeSet.chapter(c.number()).map(ch -> ch.title().startsWith(c.title())).orElse(false);
            if (!found) {
                throw new IllegalArgumentException(file + ": " + codeSet.version().label()
                        + " has no chapter " + c.number() + " titled \"" + c.title() + "\"");
            }
        }
    }

    static SectionPolicy parse(List<String> lines, String name) {
        Map<SectionType, Entry> map = new EnumMap<>(SectionType.class);
        for (String line : lines) {
            String[] cols = line.split("\t");
            try {
                if (cols.length != 3) {
                    throw new IllegalArgumentException("expected section<TAB>role<TAB>kept");
                }
                SectionType type = SectionType.fromId(cols[0]);
                SectionRole role = SectionRole.valueOf(cols[1].trim().toUpperCase(Locale.ROOT));
                List<String> kept = cols[2].trim().equals("-") ? List.of() : List.of(cols[2].trim().split("\\s*,\\s*"));
                if (map.put(type, new Entry(role, kept)) != null) {
                    throw new IllegalArgumentException("section type listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return new SectionPolicy(map, List.of());
    }

    public SectionRole roleOf(SectionType type) {
        return bySection.get(type).role();
    }

    /**
     * True if the section keeps this code whatever its role (allergy-status codes in the allergy list): the
     * code is one of the section's kept headers or lies under one.
     */
    public boolean keeps(SectionType type, Code code, CodeSet codeSet) {
        List<String> kept = bySection.get(type).kept();
        if (kept.isEmpty()) {
            return false;
        }
        if (kept.contains(code.code())) {
            return true;
        }
        return codeSet.ancestors(code.code()).stream().anyMatch(a -> kept.contains(a.code()));
    }

    /**
     * True if the code is a finding a test reports ({@code test_result_findings.txt}): the code is one of the
     * listed headers or lies under one.
     */
    public boolean isTestFinding(Code code, CodeSet codeSet) {
        if (testFindings.contains(code.code())) {
            return true;
        }
        return codeSet.ancestors(code.code()).stream().anyMatch(a -> testFindings.contains(a.code()));
    }

    /**
     * True if the code is of a chapter an account of an operation names without documenting a diagnosis
     * ({@code procedure_finding_chapters.tsv}: signs seen while operating, injuries the operation makes), or
     * under a header whose name is also an act of the operation ({@code procedure_act_findings.txt}: an artery's
     * dissection).
     */
    public boolean isProcedureFinding(Code code) {
        if (procedureChapters.stream().anyMatch(c -> c.number().equals(code.chapter()))) {
            return true;
        }
        for (String header : procedureActs) {   // a header as the Tabular writes it starts each code under it
            if (code.code().startsWith(header)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the code is a status the account of an operation names as its own work ({@code
     * procedure_status_codes.txt}: a device present, an organ absent): one of the listed headers or under one.
     */
    public boolean isProcedureStatus(Code code, CodeSet codeSet) {
        if (procedureStatus.contains(code.code())) {
            return true;
        }
        return codeSet.ancestors(code.code()).stream().anyMatch(a -> procedureStatus.contains(a.code()));
    }

    /** True if the code's chapter groups one body region's findings in a category (injuries). */
    public boolean groupsOneRegion(Code code) {
        return regionChapters.stream().anyMatch(c -> c.number().equals(code.chapter()));
    }

    /** True if the code's chapter groups unrelated conditions in one category (symptoms, factors). */
    public boolean groupsUnrelated(Code code) {
        return unrelatedChapters.stream().anyMatch(c -> c.number().equals(code.chapter()));
    }
}
