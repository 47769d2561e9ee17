package org.opencac.engine.encounter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.convention.CodePattern;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;

/**
 * Guidelines I.C.15.a.1: a condition of another chapter in a pregnant patient complicates the pregnancy unless
 * the provider says otherwise, and is coded by its chapter 15 code (O99.61- for a digestive disease, O99.51- for
 * a respiratory one) followed by the condition's own code. On a note whose weeks of gestation are coded (the
 * patient is pregnant now, her trimester known; {@link ObstetricRecordCheck} has already kept them only on a
 * pregnant patient's record), each candidate of a row of {@code pregnancy_conditions.tsv} gets the row's chapter 15
 * code, unspecified trimester, placed before it with the same evidence, and {@link TrimesterCheck} then names the
 * trimester or the childbirth. The check runs once the conditions the note keeps are settled (a condition merged
 * into another or dropped leaves no chapter 15 code behind). A row whose chapter 15 subcategory the note already
 * has (the Index led there) adds nothing. A condition whose own code's Excludes1 note names the chapter 15 code
 * (Z22.330, a carrier of group B streptococcus: "complicating pregnancy, childbirth and the puerperium (O99.82-)") is
 * coded by the chapter 15 code alone, which replaces it. A note with no weeks coded is read as a pregnant patient's
 * when it codes a pregnant state of {@code pregnant_state.tsv} (Z33.1) that no sentence of its mentions calls
 * incidental: the pregnant-state code, whose Excludes1 note names the chapter 15 codes, then gives way to them.
 */
public final class PregnancyConditionCheck implements Stage {
    static final String FILE = "/org/opencac/engine/encounter/pregnancy_conditions.tsv";
    private static final String HEADER = "conditions\texcept\tcode\tnote";
    static final String STATE_FILE = "/org/opencac/engine/encounter/pregnant_state.tsv";
    private static final String STATE_HEADER = "code\tincidental\tnote";

    /** A pregnant-state code and the words by which a provider calls the pregnancy incidental. */
    record PregnantState(String code, List<String> incidental) {
        PregnantState {
            incidental = List.copyOf(incidental);
        }
    }

    /** One row: the chapter's conditions, those coded elsewhere in chapter 15, and the code complicating pregnancy. */
    record Row(List<CodePattern> conditions, List<CodePattern> except, Code code) {
        boolean covers(String c) {
            return CodePattern.anyCovers(conditions, c) && !CodePattern.anyCovers(except, c);
        }

        /** The subcategory of the code complicating pregnancy, "O99.61" for O99.619. */
        String subcategory() {
            return code.code().substring(0, code.code().length() - 1);
        }
    }

    private final List<Row> rows;
    private final List<PregnantState> states;
    private final TrimesterCheck trimester;
    private final CodeSet codeSet;

    PregnancyConditionCheck(List<Row> rows, List<PregnantState> states, TrimesterCheck trimester, CodeSet codeSet) {
        this.rows = List.copyOf(rows);
        this.states = List.copyOf(states);
        this.trimester = trimester;
        this.codeSet = codeSet;
    }

    public static PregnancyConditionCheck standard(CodeSet codeSet) {
        List<Row> rows = new ArrayList<>();
        DataFiles.rows(FILE, HEADER, (cols, line) -> {
            if (cols.length < 3) {
                throw new IllegalStateException(FILE + " line " + line + ": a row needs conditions, except and code");
            }
            Code code = codeSet.get(cols[2].trim()).filter(Code::billable).orElseThrow(() -> new IllegalStateException(
                    FILE + " line " + line + ": not a billable code: " + cols[2]));
            rows.add(new Row(CodePattern.parseList(cols[0]), CodePattern.parseList(cols[1]), code));
        });
        List<PregnantState> states = new ArrayList<>();
        DataFiles.rows(STATE_FILE, STATE_HEADER, (cols, line) -> {
            if (cols.length < 2 || codeSet.get(cols[0].trim()).filter(Code::billable).isEmpty()) {
                throw new IllegalStateException(STATE_FILE + " line " + line + ": a row needs a billable code and words");
            }
            List<String> words = new ArrayList<>();
            for (String w : cols[1].split(",")) {
                if (!w.isBlank()) {
                    words.add(w.trim().toLowerCase(Locale.ROOT));
                }
            }
            states.add(new PregnantState(cols[0].trim(), words));
        });
        return new PregnancyConditionCheck(rows, states, new TrimesterCheck(codeSet), codeSet);
    }

    @Override
    public Document process(Document doc) {
        boolean weeks = doc.candidates().stream().anyMatch(c -> TrimesterCheck.trimester(c.code()) != 0);
        if (!weeks && doc.candidates().stream().noneMatch(c -> pregnantNow(doc, c))) {
            return doc;   // no weeks of gestation, no pregnant state: not read as a pregnant patient's note
        }
        List<CodeCandidate> out = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            Row row = rowOf(c.code());
            if (row != null && !added.contains(row.code().code()) && !has(doc.candidates(), row.subcategory())) {
                added.add(row.code().code());
                boolean replaced = excludedInPregnancy(c.code(), row.code().code());
                List<String> why = new ArrayList<>();
                why.add("Condition in pregnancy (Guidelines I.C.15.a.1): " + c.code() + " in a pregnant patient is coded "
                        + (replaced ? "as complicating the pregnancy, " + row.code().code() + ", in its place (Excludes1 at "
                                + c.code() + ")"
                                : "first as complicating the pregnancy, " + row.code().code() + ", with " + c.code()
                                        + " after it"));
                out.add(new CodeCandidate(row.code().code(), row.code().title(), c.score(), c.mentions(), why));
                if (replaced) {
                    continue;
                }
            }
            out.add(c);
        }
        if (added.isEmpty()) {
            return doc;
        }
        List<CodeCandidate> kept = new ArrayList<>();
        for (CodeCandidate c : out) {
            if (!excludesAny(c.code(), added)) {
                kept.add(c);
            }
        }
        return trimester.process(doc.withCandidates(List.copyOf(kept)));
    }

    /**
     * Whether the candidate is a pregnant-state code of {@code pregnant_state.tsv} that no sentence of its mentions
     * calls incidental (I.C.15.a.1: only the provider's statement makes the pregnancy incidental).
     */
    private boolean pregnantNow(Document doc, CodeCandidate c) {
        for (PregnantState state : states) {
            if (!state.code().equals(c.code())) {
                continue;
            }
            for (int m : c.mentions()) {
                Sentence sentence = doc.sentences().get(doc.mentions().get(m).sentenceIndex());
                String text = doc.text().substring(sentence.span().start(), sentence.span().end())
                        .toLowerCase(Locale.ROOT);
                if (state.incidental().stream().anyMatch(text::contains)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether a pregnant-state candidate's own Excludes1 note names one of the chapter 15 codes added (Z33.1 Excludes1
     * complications of pregnancy, O00-O9A): that code gives way to them.
     */
    private boolean excludesAny(String code, List<String> added) {
        if (states.stream().noneMatch(s -> s.code().equals(code))) {
            return false;
        }
        for (String chapter15 : added) {
            if (excludedInPregnancy(code, chapter15)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the condition's own code excludes (Excludes1) the chapter 15 code: that code stands for it alone. */
    private boolean excludedInPregnancy(String condition, String chapter15) {
        for (InstructionalNote n : codeSet.effectiveNotes(condition, NoteType.EXCLUDES1)) {
            if (n.refersTo(chapter15)) {
                return true;
            }
        }
        return false;
    }

    private Row rowOf(String code) {
        for (Row r : rows) {
            if (r.covers(code)) {
                return r;
            }
        }
        return null;
    }

    private static boolean has(List<CodeCandidate> candidates, String prefix) {
        return candidates.stream().anyMatch(c -> c.code().startsWith(prefix));
    }
}
