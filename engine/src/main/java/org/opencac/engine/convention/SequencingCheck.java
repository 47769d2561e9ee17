package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.models.codeset.CodeSet;

/**
 * Chooses the first-listed (outpatient, Guideline IV.G) or principal (inpatient, Section II) diagnosis
 * and moves it to the front; the other candidates keep their order. Preferred: a diagnosis documented
 * in the best section of the setting's priority list, the first one documented there; never an
 * external-cause, history or status code, nor a manifestation ("in diseases classified elsewhere"),
 * while another candidate exists. Related symptoms are already gone (IntegralSymptomCheck), so a symptom
 * left over is a reason for the visit in its own right. Rules: {@code sequencing.json}.
 */
public final class SequencingCheck implements Stage {
    public static final String FILE = "sequencing.json";

    private final CodeSet codeSet;
    private final List<SequencingRule> rules;

    public SequencingCheck(CodeSet codeSet, List<SequencingRule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
    }

    public static SequencingCheck standard(CodeSet codeSet) {
        return new SequencingCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
    }

    public static List<SequencingRule> read(byte[] bytes, String file) {
        return RuleFiles.jsonRules(bytes, file, SequencingRule::fromJson);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        if (list.isEmpty()) {
            return doc;
        }
        SequencingRule priority = rules.stream().filter(r -> r.kind() == SequencingRule.Kind.SECTION_PRIORITY
                && r.setting() == doc.note().setting()).findFirst().orElse(null);
        List<String> sections = priority == null ? List.of() : priority.sections();
        java.util.Set<String> answers = priority == null ? java.util.Set.of()
                : answersReason(doc, priority.reasonSections());
        int best = -1;
        long bestKey = Long.MAX_VALUE;
        for (int i = 0; i < list.size(); i++) {
            if (barred(list.get(i)) != null) {
                continue;
            }
            // a symptom never takes the lead over a diagnosis by answering the reason for the encounter
            boolean answering = answers.contains(category(list.get(i).code())) && !isSymptom(list.get(i));
            long key = key(doc, list.get(i), sections, i, answering);
            if (trailingSymptom(doc, list.get(i))) {
                key += (long) (sections.size() + 1) << 32;
            }
            if (key < bestKey) {
                best = i;
                bestKey = key;
            }
        }
        if (best < 0) {
            return doc;
        }
        CodeCandidate first = list.get(best);
        int rank = (int) (bestKey >> 32);
        rank = rank > sections.size() ? sections.size() : rank;
        String why = rank < sections.size()
                ? "documented first in the " + sections.get(rank).replace('_', ' ') + " section"
                : "the best-supported diagnosis";
        if (rank < sections.size() && answers.contains(category(first.code())) && !isSymptom(first)) {
            why = "documented in the " + sections.get(rank).replace('_', ' ')
                    + " section and answers the reason for the encounter";
        }
        String guide = priority == null ? "" : " (Guidelines " + priority.guideline() + "; rule " + priority.id() + ")";
        StringBuilder line = new StringBuilder(doc.note().setting() == org.opencac.engine.note.CareSetting.INPATIENT
                ? "First-listed (principal diagnosis): " : "First-listed diagnosis: ").append(why).append(guide);
        for (int i = 0; i < best; i++) {
            SequencingRule bar = barred(list.get(i));
            if (bar != null) {
                line.append("; ").append(list.get(i).code()).append(" not first (rule ").append(bar.id())
                        .append(", Guidelines ").append(bar.guideline()).append(')');
            }
        }
        List<CodeCandidate> out = new ArrayList<>();
        out.add(Candidates.withRationale(first, line.toString()));
        for (CodeCandidate c : list) {
            if (c != first) {
                out.add(c);
            }
        }
        return doc.withCandidates(out);
    }

    private boolean isSymptom(CodeCandidate c) {
        return rules.stream().anyMatch(r -> r.kind() == SequencingRule.Kind.SYMPTOM
                && CodePattern.anyCovers(r.codes(), c.code()));
    }

    /** A symptom code not documented in a final-diagnosis section: it comes after any diagnosis. */
    private boolean trailingSymptom(Document doc, CodeCandidate c) {
        for (SequencingRule r : rules) {
            if (r.kind() == SequencingRule.Kind.SYMPTOM && CodePattern.anyCovers(r.codes(), c.code())) {
                return c.mentions().stream().noneMatch(m -> r.sections().contains(doc.sectionOf(
                        doc.sentences().get(doc.mentions().get(m).sentenceIndex())).category()));
            }
        }
        return false;
    }

    /** The rule that keeps a code from being first, or null. Manifestation codes are barred by the Tabular. */
    private SequencingRule barred(CodeCandidate c) {
        for (SequencingRule r : rules) {
            if (r.kind() == SequencingRule.Kind.NEVER_FIRST && CodePattern.anyCovers(r.codes(), c.code())) {
                return r;
            }
        }
        boolean manifestation = codeSet.get(c.code()).map(code -> code.title().toLowerCase(Locale.ROOT)
                .contains("in diseases classified elsewhere")).orElse(false);
        return manifestation ? new SequencingRule("manifestation-never-first", SequencingRule.Kind.NEVER_FIRST,
                "I.A.13", List.of(CodePattern.parse(c.code())), null, List.of()) : null;
    }

    /**
     * The 3-character categories that answer the reason for the encounter: a condition documented in one of
     * its sections, or the diagnosis a symptom documented there is integral to (as recorded by
     * {@link IntegralSymptomCheck}).
     */
    private static java.util.Set<String> answersReason(Document doc, List<String> reasonSections) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (reasonSections.isEmpty()) {
            return out;
        }
        for (CodeCandidate c : doc.candidates()) {
            for (int m : c.mentions()) {
                if (reasonSections.contains(sectionOf(doc, m))) {
                    out.add(category(c.code()));
                }
            }
        }
        for (org.opencac.engine.outcome.MentionDecision d : doc.decisions()) {
            if (d.reason() == org.opencac.engine.outcome.NotCodedReason.INTEGRAL && d.relatedCode() != null
                    && reasonSections.contains(sectionOf(doc, d.mentionIndex()))) {
                out.add(category(d.relatedCode()));
            }
        }
        return out;
    }

    private static String category(String code) {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    private static String sectionOf(Document doc, int mention) {
        return doc.sectionOf(doc.sentences().get(doc.mentions().get(mention).sentenceIndex())).category();
    }

    /**
     * Section rank in the high 32 bits; in the low, within a ranked section, 0 for a code that answers the
     * reason for the encounter (else 2^30) plus its first offset there; unranked, the list position.
     */
    private static long key(Document doc, CodeCandidate c, List<String> sections, int listIndex, boolean answers) {
        int rank = sections.size();
        int offset = Integer.MAX_VALUE;
        for (int m : c.mentions()) {
            Mention mention = doc.mentions().get(m);
            String section = doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).category();
            int r = sections.indexOf(section);
            r = r < 0 ? sections.size() : r;
            if (r < rank || (r == rank && mention.span().start() < offset)) {
                rank = r;
                offset = mention.span().start();
            }
        }
        long low = rank < sections.size() ? (answers ? 0 : 1L << 30) + Math.min(offset, (1 << 30) - 1) : listIndex;
        return ((long) rank << 32) | low;
    }
}
