package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.Alternative;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.LowerWords;
import org.opencac.engine.text.LowerWords.Hyphens;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * A mass or lump that an imaging study reports is an abnormal finding on diagnostic imaging, not a localized
 * swelling, mass and lump: R22 has Excludes1 "abnormal findings on diagnostic imaging (R90-R93)". The Index walk
 * "Mass, chest" takes the study's region for the mass's site, so "a chest CT showed a mass" reaches R22.2. An
 * R22.- candidate every mention of which is a study's result (a study word before a report verb in the mention's
 * clause, or a study word in its section's header) is recoded to the R90-R93 code the Index gives for the study's
 * region ("CT of the chest": R91.8), or dropped when no region row fits. A clause with an examination word ("a mass
 * palpable on exam") keeps R22.-: the mass was found by examining the patient. Words and codes are data
 * ({@code imaging_findings.tsv}).
 */
public final class ImagingFindingCheck implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/imaging_findings.tsv";
    /** The category whose codes this check reads: localized swelling, mass and lump. */
    private static final String LOCALIZED_MASS = "R22";

    private final CodeSet codes;
    private final Set<String> studies;
    private final Set<String> verbs;
    private final Set<String> exams;
    private final Map<String, String> organs;
    private final Map<String, String> tissues;
    private final Set<String> reportHeaders;
    private final Set<SectionType> resultSections;

    public ImagingFindingCheck(CodeSet codes, Set<String> studies, Set<String> verbs, Set<String> exams,
                               Map<String, String> organs, Map<String, String> tissues, Set<String> reportHeaders,
                               Set<SectionType> resultSections) {
        if (studies.isEmpty() || verbs.isEmpty()) {
            throw new IllegalArgumentException("needs study words and report verbs");
        }
        for (Map<String, String> rows : List.of(organs, tissues)) {
            rows.forEach((word, code) -> {
                if (codes.get(code).filter(Code::billable).isEmpty()) {
                    throw new IllegalArgumentException(RESOURCE + ": the code of \"" + word
                            + "\" is not a billable code of the code set: " + code);
                }
            });
        }
        this.codes = codes;
        this.studies = Set.copyOf(studies);
        this.verbs = Set.copyOf(verbs);
        this.exams = Set.copyOf(exams);
        this.organs = Map.copyOf(organs);
        this.tissues = Map.copyOf(tissues);
        this.reportHeaders = Set.copyOf(reportHeaders);
        this.resultSections = Set.copyOf(resultSections);
    }

    public static ImagingFindingCheck standard(CodeSet codes) {
        Set<String> studies = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        Set<String> exams = new HashSet<>();
        Map<String, String> organs = new LinkedHashMap<>();
        Map<String, String> tissues = new LinkedHashMap<>();
        Set<String> reportHeaders = new HashSet<>();
        Set<SectionType> resultSections = new HashSet<>();
        DataFiles.kindRows(RESOURCE, Map.of(
                "study", v -> studies.add(lower(v[0])),
                "verb", v -> verbs.add(lower(v[0])),
                "exam", v -> exams.add(lower(v[0])),
                "report", v -> reportHeaders.add(lower(v[0])),
                "result", v -> resultSections.add(SectionType.fromId(lower(v[0]))),
                "organ", v -> organs.put(lower(v[0]), coded(v)),
                "tissue", v -> tissues.put(lower(v[0]), coded(v))));
        return new ImagingFindingCheck(codes, studies, verbs, exams, organs, tissues, reportHeaders,
                resultSections);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The code of an organ or tissue row (word, code). */
    private static String coded(String[] values) {
        if (values.length != 2) {
            throw new IllegalStateException(RESOURCE + ": an organ or tissue row needs its code: "
                    + String.join(" ", values));
        }
        return values[1];
    }

    @Override
    public Document process(Document doc) {
        if (doc.candidates().stream().noneMatch(c -> c.code().startsWith(LOCALIZED_MASS))) {
            return doc;
        }
        List<CodeCandidate> out = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        boolean changed = false;
        for (CodeCandidate c : doc.candidates()) {
            Reading study = c.code().startsWith(LOCALIZED_MASS) ? studyOf(doc, c) : null;
            if (study == null) {
                out.add(c);
                continue;
            }
            changed = true;
            Code to = study.code() == null ? null : codes.get(study.code()).orElse(null);
            if (to == null) {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.OTHER_CODE, c.code()
                        + ": a mass reported by an imaging study (" + study.word() + ") is an abnormal finding on"
                        + " diagnostic imaging (R22 Excludes1 R90-R93), and the study's region has no code here", null));
                continue;
            }
            List<Alternative> alternatives = new ArrayList<>(c.alternatives());
            alternatives.add(new Alternative(c.code(), c.title(), "excluded: a mass found on " + study.word()
                    + " is an abnormal finding on diagnostic imaging (R22 Excludes1 R90-R93)"));
            List<String> why = new ArrayList<>(c.rationale());
            why.add("Imaging finding: the mass is reported by " + study.word() + ", coded " + to.code()
                    + ", not " + c.code() + " (R22 Excludes1 R90-R93)");
            out.add(new CodeCandidate(to.code(), to.title(), c.score(), c.mentions(), why, alternatives));
        }
        if (!changed) {
            return doc;
        }
        return doc.withCandidates(Candidates.mergeSameCode(out)).withDecisions(decisions);
    }

    /** The imaging study that reports every mention of the candidate, or null if one is not a study's result. */
    private Reading studyOf(Document doc, CodeCandidate c) {
        Reading first = null;
        for (int m : c.mentions()) {
            Reading r = studyOf(doc, doc.mentions().get(m));
            if (r == null) {
                return null;
            }
            if (first == null || first.code() == null) {
                first = r;
            }
        }
        return first;
    }

    private Reading studyOf(Document doc, Mention m) {
        Sentence sentence = doc.sentences().get(m.sentenceIndex());
        int[] clause = Clauses.around(doc.tokens(), sentence, m.firstToken(), m.endToken());
        List<String> clauseWords = words(Clauses.words(doc.tokens(), clause[0], clause[1]));
        if (clauseWords.stream().anyMatch(exams::contains)) {
            return null;   // a mass the examiner felt or saw on the patient
        }
        // the mention may hold the report verb ("Mass, chest" matched across "chest showed a mass"); a clause
        // that opens with the verb has its study in the sentence before it ("MRI of the spine, last week, showed")
        int from = clause[0];
        if (clause[0] < m.firstToken() && verbs.contains(words(doc.tokens().get(clause[0]).text()).stream()
                .findFirst().orElse(""))) {
            from = sentence.firstToken();
        }
        List<String> upTo = words(Clauses.words(doc.tokens(), from, m.endToken()));
        int study = -1;
        for (int i = 0; i < upTo.size() && study < 0; i++) {
            if (studies.contains(upTo.get(i))) {
                study = i;
            }
        }
        for (int i = study + 1; study >= 0 && i < upTo.size(); i++) {
            if (verbs.contains(upTo.get(i))) {
                return withTissue(reading(upTo.subList(0, i)), clauseWords);
            }
        }
        if (resultSections.contains(doc.sectionOf(sentence).type())) {
            return withTissue(reportStudy(doc), clauseWords);   // a finding of a study report
        }
        return null;
    }

    /**
     * The study of a study report: the body of its EXAM: header when the section detector read that header as
     * a study, not a physical examination (section_headers.json, study_headers); null if the note is none.
     */
    private Reading reportStudy(Document doc) {
        for (Section section : doc.sections()) {
            if (section.type() != SectionType.PROCEDURE || section.header().end() <= section.header().start()) {
                continue;
            }
            String header = String.join(" ", words(doc.text().substring(section.header().start(),
                    section.header().end())));
            if (reportHeaders.contains(header)) {
                return reading(words(doc.text().substring(section.header().end(), section.span().end())));
            }
        }
        return null;
    }

    /** The reading with the code of a tissue the finding's clause names ("chest wall mass": not the lung field). */
    private Reading withTissue(Reading r, List<String> clauseWords) {
        if (r == null) {
            return null;
        }
        for (String w : clauseWords) {
            if (tissues.containsKey(w)) {
                return new Reading(r.word(), tissues.get(w));
            }
        }
        return r;
    }

    /** The first study word of the words and the code of the region named with it, or null if none is a study. */
    private Reading reading(List<String> words) {
        String study = null;
        String code = null;
        for (String w : words) {
            if (study == null && studies.contains(w)) {
                study = w;
            }
            if (code == null && organs.containsKey(w)) {
                code = organs.get(w);
            }
        }
        return study == null ? null : new Reading(study, code);
    }

    /** The lowercased words of a text, a hyphenated word ("x-ray") kept whole. */
    private static List<String> words(String text) {
        return LowerWords.of(text, Hyphens.JOIN);
    }

    /** A study word and the code of its region's abnormal imaging finding (null if no region row fits). */
    private record Reading(String word, String code) {
    }
}
