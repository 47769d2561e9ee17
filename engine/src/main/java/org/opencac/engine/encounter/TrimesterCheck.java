package org.opencac.engine.encounter;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.HistoryMapping;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Guidelines I.C.15.a.3 and the chapter 15 note: the trimester of a pregnancy code is that of the encounter,
 * counted from the weeks of gestation (first: less than 14 weeks 0 days; second: 14 weeks 0 days to less
 * than 28 weeks 0 days; third: 28 weeks 0 days until delivery). When the note's weeks of gestation (its Z3A
 * codes) fall in a single trimester, every candidate whose title says "unspecified trimester" is recoded to
 * the sibling of its category whose title says that trimester in its place (Z34.90 at 30 weeks: Z34.93);
 * a code with no such sibling, or a note whose weeks disagree, is left as it is. At the encounter of a delivery (a
 * code of {@code delivery_codes.tsv}: O80, Z37 ...), a complication that has an "in childbirth" code takes it instead
 * of its trimester's (Guidelines I.C.15.a.3: gestational hypertension at delivery is O13.4, not O13.3).
 */
public final class TrimesterCheck implements Stage {
    private static final String UNSPECIFIED = "unspecified trimester";
    private static final String[] ORDINALS = {"first", "second", "third"};
    /** The first week of the second and of the third trimester (Tabular, chapter 15 note). */
    private static final int SECOND_FROM = 14;
    private static final int THIRD_FROM = 28;

    public static final String DELIVERY_CODES = "/org/opencac/engine/encounter/delivery_codes.tsv";
    /** The words that place a pregnancy at term, read only when no weeks of gestation give the trimester. */
    static final String TERM_PREGNANCY_WORDS = "/org/opencac/engine/encounter/term_pregnancy_words.tsv";
    /** Months of pregnancy that place it in one trimester, read when neither weeks nor term words do. */
    static final String PREGNANCY_MONTH_WORDS = "/org/opencac/engine/encounter/pregnancy_month_words.tsv";
    /** Preterm labour without delivery, by the delivery the weeks give, to its code with the delivery. */
    static final String LABOR_AT_DELIVERY = "/org/opencac/engine/encounter/labor_at_delivery.tsv";
    /** The first completed week of a term delivery (Tabular O60.1: preterm delivery before 37 completed weeks). */
    private static final int TERM_FROM = 37;
    /** The words of a pregnancy code's title that place it in time: its trimester, pregnancy, childbirth or puerperium. */
    private static final Pattern WHEN = Pattern.compile(
            ",?\\s*\\b(?:(?:unspecified|first|second|third) trimester|complicating (?:pregnancy|childbirth)"
                    + "|in (?:pregnancy|childbirth)|(?:complicating|in) the puerperium)\\b");
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("\\s+,");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private final CodeSet codeSet;
    private final List<String> deliveryCodes;
    /** "O60.03 3" (labour code, the delivery's trimester or "term" or "any") to the code with the delivery. */
    private final Map<String, Code> laborAtDelivery;
    /** The term-pregnancy words of {@link #TERM_PREGNANCY_WORDS}, one alternation. */
    private final Pattern termPregnancy;
    /** The months-of-pregnancy words of {@link #PREGNANCY_MONTH_WORDS}, by trimester (index 0 is the first). */
    private final List<Pattern> monthWords;

    public TrimesterCheck(CodeSet codeSet) {
        this(codeSet, HistoryMapping.readPrefixes(DELIVERY_CODES), laborAtDelivery(codeSet));
    }

    TrimesterCheck(CodeSet codeSet, List<String> deliveryCodes) {
        this(codeSet, deliveryCodes, Map.of());
    }

    TrimesterCheck(CodeSet codeSet, List<String> deliveryCodes, Map<String, Code> laborAtDelivery) {
        this.codeSet = codeSet;
        this.deliveryCodes = List.copyOf(deliveryCodes);
        this.laborAtDelivery = Map.copyOf(laborAtDelivery);
        this.termPregnancy = Pattern.compile(String.join("|",
                DataFiles.lines(TERM_PREGNANCY_WORDS)), Pattern.CASE_INSENSITIVE);
        this.monthWords = monthWords();
    }

    private static List<Pattern> monthWords() {
        List<List<String>> byTrimester = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        DataFiles.rows(PREGNANCY_MONTH_WORDS, "trimester\tpattern", (cols, line) -> {
            int t = cols.length == 2 && cols[0].trim().matches("[123]") ? Integer.parseInt(cols[0].trim()) : 0;
            if (t == 0) {
                throw new IllegalStateException(PREGNANCY_MONTH_WORDS + " line " + line
                        + ": expected a trimester (1-3) and a pattern");
            }
            byTrimester.get(t - 1).add(cols[1].trim());
        });
        List<Pattern> out = new ArrayList<>();
        for (List<String> patterns : byTrimester) {
            out.add(patterns.isEmpty() ? null : Pattern.compile(String.join("|", patterns), Pattern.CASE_INSENSITIVE));
        }
        return Collections.unmodifiableList(out);
    }

    /** The one trimester the note's months of pregnancy give ("five months pregnant": 2), or 0 (none, or two). */
    private int trimesterOfMonths(String text) {
        int found = 0;
        for (int t = 0; t < monthWords.size(); t++) {
            if (monthWords.get(t) != null && monthWords.get(t).matcher(text).find()) {
                if (found != 0) {
                    return 0;
                }
                found = t + 1;
            }
        }
        return found;
    }

    private static Map<String, Code> laborAtDelivery(CodeSet codeSet) {
        Map<String, Code> out = new LinkedHashMap<>();
        DataFiles.rows(LABOR_AT_DELIVERY, "labour\tdelivery\tcode", (cols, line) -> {
            if (cols.length < 3) {
                throw new IllegalStateException(LABOR_AT_DELIVERY + " line " + line + ": a row needs three columns");
            }
            Code to = codeSet.get(cols[2].trim()).filter(Code::billable).orElseThrow(() -> new IllegalStateException(
                    LABOR_AT_DELIVERY + " line " + line + ": not a billable code: " + cols[2]));
            out.put(cols[0].trim() + " " + cols[1].trim(), to);
        });
        return out;
    }

    @Override
    public Document process(Document doc) {
        return byTrimester(atDelivery(doc));
    }

    /**
     * At a delivery, each chapter 15 candidate whose category has an "in childbirth" code of the same condition
     * (its title the same once the words placing it in time are set aside) is recoded to it.
     */
    private Document atDelivery(Document doc) {
        String delivery = null;
        for (CodeCandidate c : doc.candidates()) {
            if (startsWithAny(c.code(), deliveryCodes)) {
                delivery = c.code();
                break;
            }
        }
        if (delivery == null) {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        boolean changed = false;
        String deliveredAt = deliveredAt(doc.candidates());
        for (CodeCandidate c : doc.candidates()) {
            CodeCandidate now = c;
            Code withDelivery = laborAtDelivery.get(c.code() + " " + deliveredAt);
            if (withDelivery != null) {
                out.putIfAbsent(withDelivery.code(), c.withCode(withDelivery, "At delivery (Tabular O60, O75): the "
                        + "encounter is a delivery (" + delivery + "), " + (deliveredAt.equals("any") ? ""
                        : "at " + (deliveredAt.equals("term") ? "term" : "trimester " + deliveredAt) + ", ")
                        + c.code() + " recoded with the delivery"));
                changed = true;
                continue;
            }
            String title = c.title().toLowerCase(Locale.ROOT);
            Code childbirth = c.code().startsWith("O") && !title.contains("childbirth") && !title.contains("puerperium")
                    ? sameConditionAt(codeSet, c, "childbirth") : null;
            if (childbirth != null) {
                now = c.withCode(childbirth, "In childbirth (Guidelines I.C.15.a.3): the encounter is a delivery ("
                        + delivery + "), " + c.code() + " recoded to its code complicating childbirth");
                changed = true;
            }
            out.putIfAbsent(now.code(), now);
        }
        return changed ? doc.withCandidates(List.copyOf(out.values())) : doc;
    }

    /**
     * When the delivery came, by the note's weeks of gestation: "2" or "3", a preterm delivery in that trimester;
     * "term" from 37 completed weeks; "any" when no single week is coded.
     */
    private static String deliveredAt(List<CodeCandidate> candidates) {
        int weeks = 0;
        for (CodeCandidate c : candidates) {
            int w = weeks(c.code());
            if (w == 0) {
                continue;
            }
            if (weeks != 0 && w != weeks) {
                return "any";
            }
            weeks = w;
        }
        if (weeks == 0) {
            return "any";
        }
        return weeks >= TERM_FROM ? "term" : String.valueOf(trimesterOfWeeks(weeks));
    }

    /**
     * The billable code of the candidate's category for the same condition at another time of the pregnancy, its
     * title naming {@code when} ("childbirth", "puerperium"); null if none, or if the candidate's title names no time.
     */
    static Code sameConditionAt(CodeSet codeSet, CodeCandidate c, String when) {
        String lower = c.title().toLowerCase(Locale.ROOT);
        if (!WHEN.matcher(lower).find()) {
            return null;
        }
        String condition = withoutTime(lower);
        for (Code k : codeSet.billableDescendants(c.code().substring(0, 3))) {
            String t = k.title().toLowerCase(Locale.ROOT);
            if (t.contains(when) && withoutTime(t).equals(condition)) {
                return k;
            }
        }
        return null;
    }

    /** The title without the words placing it in time, its spaces tidied ("anemia, third trimester": "anemia"). */
    private static String withoutTime(String title) {
        String t = WHEN.matcher(title).replaceAll("");
        return SPACES.matcher(SPACE_BEFORE_COMMA.matcher(t).replaceAll(",")).replaceAll(" ").trim();
    }

    private Document byTrimester(Document doc) {
        if (doc.candidates().stream().noneMatch(TrimesterCheck::unspecifiedTrimester)) {
            return doc;
        }
        int trimester = 0;
        String weeks = null;
        for (CodeCandidate c : doc.candidates()) {
            int t = trimester(c.code());
            if (t == 0) {
                continue;
            }
            if (trimester != 0 && t != trimester) {
                return doc;   // weeks of two trimesters: not this check's to choose
            }
            trimester = t;
            weeks = c.code();
        }
        if (trimester == 0 && termPregnancy.matcher(doc.text()).find()) {
            // no weeks coded, but the note places the pregnancy at term: 37 weeks or more, the third trimester
            trimester = 3;
            weeks = "a term pregnancy";
        } else if (trimester == 0) {
            trimester = trimesterOfMonths(doc.text());
            weeks = "months of pregnancy";
        }
        if (trimester == 0) {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        for (CodeCandidate c : doc.candidates()) {
            CodeCandidate now = c;
            Code sibling = unspecifiedTrimester(c) ? sibling(c, ORDINALS[trimester - 1] + " trimester") : null;
            if (sibling != null) {
                now = c.withCode(sibling, "Trimester (Guidelines I.C.15.a.3): the weeks of gestation (" + weeks
                        + ") fall in the " + ORDINALS[trimester - 1] + " trimester, " + c.code() + " recoded");
            }
            out.putIfAbsent(now.code(), now);
        }
        return doc.withCandidates(List.copyOf(out.values()));
    }

    private static boolean unspecifiedTrimester(CodeCandidate c) {
        return c.title().toLowerCase(Locale.ROOT).contains(UNSPECIFIED);
    }

    /** The billable code of the candidate's category titled as it is with the trimester named; null if none. */
    private Code sibling(CodeCandidate c, String trimester) {
        String lower = c.title().toLowerCase(Locale.ROOT);
        int at = lower.indexOf(UNSPECIFIED);
        String wanted = lower.substring(0, at) + trimester + lower.substring(at + UNSPECIFIED.length());
        for (Code k : codeSet.billableDescendants(c.code().substring(0, 3))) {
            if (k.title().toLowerCase(Locale.ROOT).equals(wanted)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The trimester (1-3) a weeks-of-gestation code says, 0 for any other code or unspecified weeks: Z3A.01
     * is less than 8 weeks, Z3A.08 to Z3A.42 the week itself, Z3A.49 more than 42 weeks.
     */
    static int trimester(String code) {
        int weeks = weeks(code);
        return weeks == 0 ? 0 : trimesterOfWeeks(weeks);
    }

    /** The completed weeks a Z3A code gives ("Z3A.01", less than 8 weeks, reads 1; "Z3A.49", over 42, 49), else 0. */
    private static int weeks(String code) {
        if (!code.startsWith("Z3A.") || code.length() != 6) {
            return 0;
        }
        try {
            return Integer.parseInt(code.substring(4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int trimesterOfWeeks(int weeks) {
        return weeks < SECOND_FROM ? 1 : weeks < THIRD_FROM ? 2 : 3;
    }
}
