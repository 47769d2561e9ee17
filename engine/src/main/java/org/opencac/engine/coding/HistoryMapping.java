package org.opencac.engine.coding;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * History mapping (Guidelines I.C.21.c.4): a relative's condition to its family-history code, a past
 * condition to its personal-history code ({@link HistoryCodeMap}), a history code the documentation names
 * kept as it is, and a chronic condition said with "history of" (data: {@code chronic_conditions.tsv})
 * kept as current. Each method returns the code to report or null, adding the rationale step or the
 * mention's decision. A decision relates to the history code that reports the mention (Z80-Z87, or the code of
 * what goes on), or, where there is none, to the condition's own code.
 */
public final class HistoryMapping {
    public static final String CHRONIC = "/org/opencac/engine/coding/chronic_conditions.tsv";
    /** Status codes (absence, transplant, device, dependence, long-term drug): current when said in the past. */
    public static final String STATUS = "/org/opencac/engine/coding/status_codes.tsv";
    /** Assertion cue ids that document a condition as over (resolved, healed, recovered from). */
    public static final String RESOLUTION_CUES = "/org/opencac/engine/coding/resolution_cues.txt";

    private final CodeSet codeSet;
    private final HistoryCodeMap history;
    private final List<String> chronic;
    private final List<String> status;
    private final Set<String> resolutionCues;
    private final OtherPersonCues otherPersons;

    public HistoryMapping(CodeSet codeSet, HistoryCodeMap history, List<String> chronicPrefixes) {
        this(codeSet, history, chronicPrefixes, List.of(), Set.of());
    }

    public HistoryMapping(CodeSet codeSet, HistoryCodeMap history, List<String> chronicPrefixes,
                          List<String> statusPrefixes, Set<String> resolutionCues) {
        this(codeSet, history, chronicPrefixes, statusPrefixes, resolutionCues, OtherPersonCues.NONE);
    }

    /**
     * @param chronicPrefixes conditions that persist once diagnosed
     * @param statusPrefixes  status codes, current when the event behind them is said in the past
     * @param resolutionCues  assertion cue ids that document a condition as over
     * @param otherPersons    the family cues that name someone who is no relative (no family history code)
     */
    public HistoryMapping(CodeSet codeSet, HistoryCodeMap history, List<String> chronicPrefixes,
                          List<String> statusPrefixes, Set<String> resolutionCues,
                          OtherPersonCues otherPersons) {
        this.codeSet = codeSet;
        this.history = history;
        this.chronic = List.copyOf(chronicPrefixes);
        this.status = List.copyOf(statusPrefixes);
        this.resolutionCues = Set.copyOf(resolutionCues);
        this.otherPersons = otherPersons;
    }

    /** With the bundled history tables, chronic conditions and resolution cues. */
    public static HistoryMapping standard(CodeSet codeSet) {
        return standard(codeSet, readPrefixes(CHRONIC));
    }

    /** With the bundled history tables and resolution cues, and the chronic conditions the pipeline read once. */
    public static HistoryMapping standard(CodeSet codeSet, List<String> chronicPrefixes) {
        return new HistoryMapping(codeSet, HistoryCodeMap.standard(), chronicPrefixes, readPrefixes(STATUS),
                Set.copyOf(DataFiles.lines(RESOLUTION_CUES)), OtherPersonCues.standard());
    }

    /** True if the code names a history or the experiencer is a relative: see {@link #mapRelativeOrNamed}. */
    boolean isRelativeOrNamedHistory(Assertion a, Code code) {
        return HistoryKind.of(code).isPresent() || a.experiencer() == Experiencer.FAMILY;
    }

    /** A history code the documentation names, or a relative's condition, to the code to report. */
    Code mapRelativeOrNamed(int m, Assertion a, Code code, List<String> why, List<MentionDecision> decisions) {
        HistoryKind named = HistoryKind.of(code).orElse(null);
        if (named != HistoryKind.FAMILY && otherPersons.onlyOtherPerson(a)) {
            // A partner's, a friend's or a contact's condition: no relative's, so no family history either.
            decisions.add(new MentionDecision(m, NotCodedReason.FAMILY_NO_CODE, code.code()
                    + "; another person's condition (no relative): no family history code", code.code()));
            return null;
        }
        if (named == HistoryKind.PERSONAL && a.experiencer() == Experiencer.FAMILY) {
            // A personal-history term said of a relative ("mother h/o breast cancer"): the relative's history.
            return familyHistory(m, code, history.familyCodeForPersonalHistory(code.code()),
                    "A relative's history", why, decisions);
        }
        if (named != null) {
            // The term itself names the history ("family history of colon cancer" -> Z80.0).
            why.add((named == HistoryKind.FAMILY ? "Family" : "Past condition, personal")
                    + " history code named by the documentation (Guidelines I.C.21.c.4)");
            // The mention names a relative's or a past condition, not a current one of the patient's.
            decisions.add(new MentionDecision(m, named == HistoryKind.FAMILY ? NotCodedReason.FAMILY_HISTORY
                    : NotCodedReason.PERSONAL_HISTORY, code.code() + " named by the documentation", code.code()));
            return code;
        }
        return familyHistory(m, code, history.familyHistoryCode(code.code()), "Family member's condition", why,
                decisions);
    }

    /**
     * A relative's condition reported by its family history code, the reason line telling it as {@code told}; with
     * no such code, not coded and a decision saying so.
     */
    private Code familyHistory(int m, Code code, Optional<String> familyCode, String told, List<String> why,
                               List<MentionDecision> decisions) {
        Optional<Code> family = familyCode.flatMap(codeSet::get);
        if (family.isEmpty()) {
            decisions.add(new MentionDecision(m, NotCodedReason.FAMILY_NO_CODE, code.code(), code.code()));
            return null;
        }
        String z = family.get().code();
        why.add(told + " (" + code.code() + ") -> family history code " + z + " (Guidelines I.C.21.c.4)");
        decisions.add(new MentionDecision(m, NotCodedReason.FAMILY_HISTORY, z + " instead of " + code.code(), z));
        return family.get();
    }

    /**
     * True if the code is a chronic condition that persists once diagnosed: its title says so ("Chronic
     * prostatitis"; not "Chronic or unspecified gastric ulcer", which leaves the course open) or it is listed
     * ({@code chronic_conditions.tsv}).
     */
    boolean isChronic(Code code) {
        return CHRONIC_TITLE.matcher(code.title()).find() && !startsWithAny(code.code(), CHRONIC_BY_DEFAULT)
                || startsWithAny(code.code(), chronic);
    }

    /**
     * Codes whose title says "chronic" only because the Index reads the bare term to them with "(chronic)" as a
     * nonessential modifier (Sinusitis (chronic) J32.9): the title does not make the condition chronic, only the
     * note's own word does ({@code chronic_by_index_default.tsv}).
     */
    private static final List<String> CHRONIC_BY_DEFAULT =
            readPrefixes("/org/opencac/engine/coding/chronic_by_index_default.tsv");

    /** Whether the code is listed as a chronic condition ({@code chronic_conditions.tsv}), its title aside. */
    boolean isListedChronic(String code) {
        return startsWithAny(code, chronic);
    }

    private static final Pattern CHRONIC_TITLE =
            Pattern.compile("(?i)(?<!without )(?<!not specified as )(?<!or )\\bchronic\\b(?! or unspecified)");

    /** A past condition: kept if chronic and not documented as resolved, else its personal-history code. */
    Code mapPastCondition(int m, Assertion a, Code code, List<String> why, List<MentionDecision> decisions) {
        return mapPastCondition(m, a, code, false, why, decisions);
    }

    /**
     * A past condition, as {@link #mapPastCondition(int, Assertion, Code, List, List)}; {@code saidChronic}: the
     * note calls it chronic ("a history of chronic diarrhea"), so it persists whatever its code's title.
     */
    Code mapPastCondition(int m, Assertion a, Code code, boolean saidChronic, List<String> why,
                          List<MentionDecision> decisions) {
        if (startsWithAny(code.code(), status)) {
            why.add("Status: the result of a past event (absence, transplant, device, dependence, long-term"
                    + " drug) persists; coded as current (Guidelines I.C.21.c.3)");
            return code;
        }
        Optional<Code> own = goesOnAs(code);
        if (own.isPresent()) {
            // the past episode of a condition that goes on (an exacerbation of COPD months ago): the condition's
            // own code without the episode, whatever its title says of chronic (personal_history_codes.tsv)
            String c = own.get().code();
            why.add("Past episode (" + code.code() + ") over, the condition goes on -> " + c
                    + " (Guidelines I.C.21.c.4)");
            decisions.add(new MentionDecision(m, NotCodedReason.PERSONAL_HISTORY, c + " instead of " + code.code(), c));
            return own.get();
        }
        if ((saidChronic || isChronic(code)) && a.cues().stream().noneMatch(resolutionCues::contains)) {
            why.add("Chronic condition: \"history of\" describes a condition the patient still has; coded as"
                    + " current, not as personal history (Guidelines I.C.21.c.4)");
            return code;
        }
        Optional<Code> z = history.personalHistoryCode(code.code()).flatMap(codeSet::get);
        if (z.isEmpty()) {
            decisions.add(new MentionDecision(m, NotCodedReason.HISTORY_NO_CODE,
                    code.code() + "; " + AssertionPolicy.cues(a), code.code()));
            return null;
        }
        String h = z.get().code();
        why.add("Past condition (" + code.code() + ") no longer present -> personal history code " + h
                + " (Guidelines I.C.21.c.4)");
        decisions.add(new MentionDecision(m, NotCodedReason.PERSONAL_HISTORY, h + " instead of " + code.code(), h));
        return z.get();
    }

    /**
     * The code of the condition that goes on after a past episode of this one ({@code personal_history_codes.tsv}
     * rows whose history code is not a Z code: an infarction over 4 weeks old is an old one, I25.2; a COPD
     * exacerbation that is over leaves the COPD, J44.9); empty for any other code.
     */
    Optional<Code> goesOnAs(Code code) {
        return history.personalHistoryCode(code.code()).filter(h -> !h.startsWith("Z")).flatMap(codeSet::get);
    }

    /** Whether a code is a family history code (Z80-Z84): a term that points to one names a relative's condition. */
    public static boolean isFamilyHistoryCode(String code) {
        return categoryIn(code, "Z80", "Z84");
    }

    /** Whether a code is a personal history code (Z85-Z87): a term that points to one names a past condition. */
    public static boolean isPersonalHistoryCode(String code) {
        return categoryIn(code, "Z85", "Z87");
    }

    /** Whether the code's category lies in [first, last]. */
    private static boolean categoryIn(String code, String first, String last) {
        String cat = Code.categoryOf(code);
        return cat.compareTo(first) >= 0 && cat.compareTo(last) <= 0;
    }

    /**
     * What a history code records: family history (Z80-Z84) or the patient's personal history (Z85-Z87),
     * already what a family or historical mention codes to.
     */
    enum HistoryKind {
        FAMILY, PERSONAL;

        /** The kind of a history code; empty for any other code. */
        static Optional<HistoryKind> of(Code c) {
            String cat = c.category();
            if (cat.compareTo("Z80") < 0 || cat.compareTo("Z87") > 0) {
                return Optional.empty();
            }
            return Optional.of(cat.compareTo("Z85") < 0 ? FAMILY : PERSONAL);
        }
    }

    /** Reads a TSV whose first column is a code prefix or a chapter letter (header "prefix", then what the file's other columns are); for small rule lists. */
    public static List<String> readPrefixes(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : DataFiles.afterHeader(resource, h -> h[0].equals("prefix"), "prefix<TAB>...")) {
            String prefix = line.split("\t")[0].trim();
            if (!prefix.matches("[A-Z]|[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?")) {
                throw new IllegalArgumentException(resource + ": not a code prefix: " + prefix);
            }
            out.add(prefix);
        }
        return out;
    }
}
