package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.RuleColumns;
import org.opencac.engine.RuleColumns.Letters;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.coding.HistoryMapping;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;

/**
 * A working diagnosis the final statement revised (Guidelines II, IV.M: the discharge or postoperative diagnosis
 * is the most definitive): where a note has both a working statement (admission, preoperative diagnosis) and its
 * final statement (discharge, postoperative diagnosis), a code the working statement documents and the final
 * statement does not (the narrative may tell it too) gives way to another code of its category that the final
 * statement documents ("menometrorrhagia" on admission,
 * "menorrhagia" at discharge: one condition, coded as the final statement words it). A working diagnosis whose
 * category the final statement does not code, or codes only as unspecified, is left alone (a chronic condition
 * listed on admission only is still documented), and so is one the final statement restates. Data: {@code revised_statements.tsv}.
 */
public final class RevisedStatementCheck implements Stage {
    public static final String FILE = "revised_statements.tsv";

    /**
     * One pair of statements: the header words of the working statement and of the final statement, and the
     * categories whose codes are reported together, which a final code of the category never revises (J44.0 and
     * J44.1; the several complications of one diabetes).
     */
    record Pair(String id, List<String> working, List<String> fin, List<CodePattern> together, boolean replaces,
                List<CodePattern> signs) {
        Pair(String id, List<String> working, List<String> fin, List<CodePattern> together) {
            this(id, working, fin, together, false, List.of());
        }
    }

    private final List<Pair> pairs;
    /** Code prefixes of chronic conditions: a working statement's chronic condition is never replaced. */
    private final List<String> chronic;

    public RevisedStatementCheck(List<Pair> pairs) {
        this(pairs, List.of());
    }

    public RevisedStatementCheck(List<Pair> pairs, List<String> chronic) {
        this.pairs = List.copyOf(pairs);
        this.chronic = List.copyOf(chronic);
    }

    public static RevisedStatementCheck standard() {
        return new RevisedStatementCheck(RuleFiles.tsvRules(RuleFiles.bundled(FILE), FILE, 5, 7,
                cols -> new Pair(cols[0].trim(), words(cols[1]), words(cols[2]), CodePattern.parseList(cols[3]),
                        cols.length > 5 && replaces(cols[5]),
                        cols.length > 6 ? CodePattern.parseList(cols[6]) : List.of())),
                HistoryMapping.readPrefixes(HistoryMapping.CHRONIC));
    }

    private static boolean replaces(String column) {
        String v = column.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("replaces") && !v.isEmpty()) {
            throw new IllegalArgumentException("sixth column: 'replaces' or empty, got " + column);
        }
        return !v.isEmpty();
    }

    private static List<String> words(String column) {
        return RuleColumns.nonEmpty(RuleColumns.items(column, Letters.LOWERED), "a statement needs header words");
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        List<CodeCandidate> out = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : in) {
            CodeCandidate revision = revision(doc, in, c);
            CodeCandidate replacement = revision == null ? replacement(doc, in, c) : null;
            if (replacement != null) {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED, "the working diagnosis "
                        + c.code() + " is not the diagnosis the final diagnostic statement established ("
                        + replacement.code() + "; Guidelines IV.M: the postoperative diagnosis is the most definitive)",
                        replacement.code()));
            } else if (revision == null) {
                out.add(c);
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED, "the working diagnosis "
                        + c.code() + " is stated as " + revision.code() + " in the final diagnostic statement",
                        revision.code()));
            }
        }
        if (decisions.isEmpty()) {
            return doc;
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /**
     * True if, by this check's statement pairs, {@code working} is documented by a working statement and not by its
     * final statement, and {@code fin} by that final statement: the final statement may revise the working one
     * (the rule of this check, asked by another before the codes are merged; the pipeline gives that one this
     * instance, so the pairs are read once).
     */
    boolean revises(Document doc, CodeCandidate working, CodeCandidate fin) {
        if (doc.sentences().isEmpty()) {
            return false;   // candidates without a text to read their statements from
        }
        for (Pair p : pairs) {
            if (working.mentions().stream().anyMatch(m -> in(doc, m, p.working()))
                    && working.mentions().stream().noneMatch(m -> in(doc, m, p.fin()))
                    && fin.mentions().stream().anyMatch(m -> in(doc, m, p.fin()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of a pair whose final statement replaces the working one (the postoperative diagnosis the operation
     * established), the first candidate that statement documents, when {@code c} is told only in the working
     * statement, neither restated nor a chronic condition nor a status: the operation found another condition than
     * the one it was planned for (a preoperative "acute appendicitis", a postoperative perforated Meckel's
     * diverticulum). A final statement that codes nothing of its own ("same") replaces nothing. Or null.
     */
    private CodeCandidate replacement(Document doc, List<CodeCandidate> all, CodeCandidate c) {
        if (c.mentions().isEmpty() || KEPT_CHAPTERS.indexOf(c.code().charAt(0)) >= 0
                || c.code().compareTo("D50") >= 0 && c.code().compareTo("D9") < 0
                || chronic.stream().anyMatch(c.code()::startsWith)) {
            return null;
        }
        for (Pair p : pairs) {
            if (!p.replaces() || p.signs().stream().anyMatch(x -> x.covers(c.code()))
                    || !c.mentions().stream().allMatch(m -> in(doc, m, p.working())) || restated(doc, c, p)
                    || wordsRestated(doc, c, p)) {
                continue;
            }
            for (CodeCandidate other : all) {
                if (other != c && !other.code().startsWith("Z")
                        && other.mentions().stream().anyMatch(m -> in(doc, m, p.fin()))) {
                    return other;
                }
            }
        }
        return null;
    }

    /**
     * Chapters a final statement never replaces: symptoms (R, which the final diagnosis explains or not by rules of
     * their own), injuries and their causes (S-Y), and the factors of Z.
     */
    private static final String KEPT_CHAPTERS = "RSTVWXYZ";
    /** Words of a mention that name no condition: a final statement writing only these restates nothing. */
    static final String NO_CONDITION_FILE = "/org/opencac/engine/convention/revised_statement_non_condition_words.txt";
    private static final Set<String> NO_CONDITION = Set.copyOf(DataFiles.lines(NO_CONDITION_FILE));

    /**
     * True when a final statement's text has a word of one of {@code c}'s mentions (four letters or more, not a side
     * or a course): the final statement names the condition again in other words ("impingement" after
     * "impingement syndrome"), which the codes of its mentions may not show.
     */
    private static boolean wordsRestated(Document doc, CodeCandidate c, Pair p) {
        StringBuilder fin = new StringBuilder();
        for (Section s : doc.sections()) {
            if (statement(doc, s, p.fin())) {
                fin.append(' ').append(doc.text(), s.span().start(), s.span().end());
            }
        }
        Set<String> finWords = new HashSet<>(List.of(fin.toString().toLowerCase(Locale.ROOT).split("[^a-z]+")));
        for (int m : c.mentions()) {
            for (String w : doc.mentions().get(m).text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (w.length() >= 4 && !NO_CONDITION.contains(w) && finWords.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The candidate of the final statement that revises {@code c}, or null. */
    private CodeCandidate revision(Document doc, List<CodeCandidate> all, CodeCandidate c) {
        for (Pair p : pairs) {
            if (c.mentions().stream().noneMatch(m -> in(doc, m, p.working()))
                    || c.mentions().stream().anyMatch(m -> in(doc, m, p.fin()))) {
                continue;
            }
            if (restated(doc, c, p) || p.together().stream().anyMatch(t -> t.covers(c.code()))) {
                continue;
            }
            for (CodeCandidate other : all) {
                if (other != c && other.code().regionMatches(0, c.code(), 0, 3) && !unspecified(other)
                        && other.mentions().stream().anyMatch(m -> in(doc, m, p.fin()))) {
                    return other;
                }
            }
        }
        return null;
    }

    /**
     * True when a mention of the final statement reads one of the candidate's terms or its code: the final
     * statement restates the working diagnosis, which another code of the statement may report together with it
     * ("COPD exacerbation and acute bronchitis" on admission and at discharge: J44.1 beside J44.0).
     */
    private static boolean restated(Document doc, CodeCandidate c, Pair p) {
        Set<String> codes = new HashSet<>();
        codes.add(c.code());
        for (int m : c.mentions()) {
            doc.mentions().get(m).terms().forEach(t -> codes.add(t.code()));
        }
        for (int m = 0; m < doc.mentions().size(); m++) {
            if (in(doc, m, p.fin()) && doc.mentions().get(m).terms().stream().anyMatch(t -> codes.contains(t.code()))) {
                return true;
            }
        }
        return false;
    }

    /** An unspecified code names no condition that could revise another ("shoulder lesion, unspecified"). */
    private static boolean unspecified(CodeCandidate c) {
        return CodeResolver.saysUnspecified(c.title());
    }

    private static boolean in(Document doc, int mention, List<String> headerWords) {
        return statement(doc, doc.sections().get(doc.sentences().get(doc.mentions().get(mention).sentenceIndex())
                .sectionIndex()), headerWords);
    }

    /** Whether section {@code s} is a diagnoses section whose header has one of {@code headerWords}. */
    private static boolean statement(Document doc, Section s, List<String> headerWords) {
        if (s.type() != SectionType.DIAGNOSES) {
            return false;
        }
        String header = doc.text().substring(s.header().start(), s.header().end()).toLowerCase(Locale.ROOT);
        return headerWords.stream().anyMatch(header::contains);
    }
}
