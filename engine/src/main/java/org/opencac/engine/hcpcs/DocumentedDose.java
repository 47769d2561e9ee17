package org.opencac.engine.hcpcs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.models.codeset.hcpcs.DrugUnit;

/**
 * A dose documented with a drug name, with the route that follows it: "ceftriaxone 1 g IM" is 1 g by
 * injection. Read from the 120 characters after the name, within the sentence; failing that, a dose written
 * just before the name ("80 mg of methylprednisolone acetate was injected") with the route in the 40
 * characters after the name or in the clause the dose ends ("we will inject the bursa with 40 mg of").
 *
 * @param number  the number as written
 * @param unit    the unit as written
 * @param amount  the dose in base units (mg for weights)
 * @param kind    "weight", "units" or "ml"
 * @param route   the route word found ("im", "po", ...)
 * @param oral    whether the route is by mouth
 * @param start   note offset of the number
 * @param end     note offset one past the unit
 * @param routeWords the words the route was read from, lowercase, space-padded (" iv qd ")
 * @param sites   the sites the dose as written is given at, each ({@link PerSiteDose}); {@code amount} is their total
 */
record DocumentedDose(String number, String unit, double amount, String kind, String route, boolean oral, int start, int end,
                      String routeWords, PerSiteDose.Sites sites) {
    /** One site: a dose given once as written. */
    private static final PerSiteDose.Sites ONE_SITE = new PerSiteDose.Sites(1, "");

    private static final Pattern DOSE = Pattern.compile(
            "^[^.;\\n]{0,30}?(\\d+(?:[.,]\\d+)?)(?:\\s*|-)(mg|mcg|micrograms?|µg|gm|grams?|g|units?|iu|ml|cc)\\b([^.;\\n]{0,30})",
            Pattern.CASE_INSENSITIVE);
    /**
     * A dose ending at most three words before the name ("80 mg of", "160 mg preservative-free"), none of them
     * one that joins another drug in ("10 mg of lidocaine and").
     */
    private static final Pattern DOSE_BEFORE = Pattern.compile(
            "(?<![\\d.,])(\\d+(?:[.,]\\d+)?)(?:\\s*|-)(mg|mcg|micrograms?|µg|gm|grams?|g|units?|iu|ml|cc)\\b"
                    + "(?:[\\s-]+(?!(?:and|or|plus|with|then|to|in|per|x)\\b)[a-z]+){0,3}[\\s-]*$");
    private static final Pattern ROUTE_AFTER = Pattern.compile("^[^.;\\n]{0,40}");
    /**
     * A part of the mixture the drug is given in, written after its name (and up to two words that end the name or
     * the part before: "acetate", "injectable"): a volume or dose of another drug or diluent ("with 3 mL of
     * bupivacaine plain", ", and 4 mL of sterile water"), up to three words of its name. The route of the whole
     * mixture comes after its last part ("... were then injected").
     */
    private static final Pattern MIXTURE_PART = Pattern.compile(
            "^(?:\\s+(?!(?:and|with|plus|was|were|is|then)\\b)[a-z-]+){0,2}\\s*(?:,\\s*(?:and\\s+)?|(?:and|with|plus)\\s+)(?:\\d+(?:[.,]\\d+)?)\\s*(?:mg|mcg|ml|cc|units?)\\s+(?:of\\s+)?"
                    + "(?:\\d+(?:\\.\\d+)?\\s*%\\s+)?[a-z-]+(?:\\s+(?!(?:and|with|plus|was|were|is|then)\\b)[a-z-]+){0,2}");
    /** The most mixture parts read past the name to its route. */
    private static final int MAX_MIXTURE_PARTS = 3;

    /** The dose after {@code from} (the end of the drug name), if one is written with a known route. */
    static Optional<DocumentedDose> after(String text, int from, List<String> injectionRoutes, List<String> oralRoutes) {
        if (!digitWithin(text, from, 32)) {
            return Optional.empty(); // the dose's number starts within 30 characters of the name
        }
        Matcher d = DOSE.matcher(text.substring(from, Math.min(text.length(), from + 120)).toLowerCase(Locale.ROOT));
        if (!d.find()) {
            return Optional.empty();
        }
        return withRoute(d, from, " " + d.group(3).replace(',', ' ') + " ", injectionRoutes, oralRoutes);
    }

    /**
     * The dose written just before {@code start} (the drug name, which ends at {@code end}), if the route
     * follows the name within the sentence or opens the dose's clause ("we will inject the bursa with 40 mg of"). A
     * weight or units only: a volume before a name is a diluent or mixture part ("5 cc of normal saline") rather than
     * a dose given. A number joined to its unit by a hyphen ("40-mg") is a dose as written with a space.
     */
    static Optional<DocumentedDose> before(String text, int start, int end, List<String> injectionRoutes, List<String> oralRoutes) {
        int from = Math.max(0, start - 40);
        Matcher d = DOSE_BEFORE.matcher(text.substring(from, start).toLowerCase(Locale.ROOT));
        if (!weightOrUnitsFound(d)) {
            return Optional.empty();
        }
        int routeFrom = afterMixture(text, end);
        Matcher r = ROUTE_AFTER.matcher(text.substring(routeFrom, Math.min(text.length(), routeFrom + 40))
                .toLowerCase(Locale.ROOT));
        r.find();
        String opening = clauseBefore(text, from + d.start(1));
        return withRoute(d, from, " " + (opening + " " + r.group()).replaceAll("[,()]", " ") + " ", injectionRoutes,
                oralRoutes);
    }

    /**
     * The dose written just before {@code start} (the drug name) in a sentence that only prepares it ("6 mg of the
     * steroid were drawn up"), given by the route the next sentence, {@code next}, names ("the bursa was
     * then injected"). A weight or units only, as {@link #before}.
     */
    static Optional<DocumentedDose> beforeThenGivenNext(String text, int start, String next, List<String> injectionRoutes,
                                                       List<String> oralRoutes) {
        int from = Math.max(0, start - 40);
        Matcher d = DOSE_BEFORE.matcher(text.substring(from, start).toLowerCase(Locale.ROOT));
        if (!weightOrUnitsFound(d)) {
            return Optional.empty();
        }
        return withRoute(d, from, " " + next.toLowerCase(Locale.ROOT).replaceAll("[,().]", " ") + " ", injectionRoutes,
                oralRoutes);
    }

    /** Whether the matcher of a dose before a name finds one by weight or units (a volume there is a mixture part). */
    private static boolean weightOrUnitsFound(Matcher d) {
        return d.find() && !kind(DrugUnit.normalizeUnit(d.group(2))).equals("ml");
    }

    /** A volume written right before the name ("0.5 mL of"), read with the concentration after it. */
    private static final Pattern VOLUME_BEFORE = Pattern.compile("(?<![\\d.,])(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(ml|cc)\\s+(?:of\\s+)?$");
    /** A concentration written right after the name, or up to two words after it ("acetate 40 mg/mL", "10 mg per mL"). */
    private static final Pattern CONCENTRATION = Pattern.compile(
            "^(?:\\s+[a-z-]+){0,2}\\s*\\(?\\s*(\\d+(?:\\.\\d+)?)\\s*(mg|mcg|units?)\\s*(?:/|per)\\s*(?:ml|cc)\\b");
    /** Where the clause before a volume starts: a sentence end (a period before a space), a semicolon or a line end. */
    private static final Pattern CLAUSE_START = Pattern.compile("(?s).*(?:\\.\\s|;|\\n)");

    /**
     * The dose a volume and a concentration give ("0.5 mL of methylprednisolone acetate 40 mg/mL" is 20 mg), the
     * volume written just before the name and the concentration just after it, given by the route written after
     * the concentration or before the volume in its sentence ("the bursa received an injection of 2 mL of ..."). A
     * volume alone is a mixture part and no dose ({@link #before}); a concentration alone no dose given.
     */
    static Optional<DocumentedDose> fromConcentration(String text, int start, int end, List<String> injectionRoutes,
                                                      List<String> oralRoutes) {
        int from = Math.max(0, start - 40);
        Matcher v = VOLUME_BEFORE.matcher(text.substring(from, start).toLowerCase(Locale.ROOT));
        if (!v.find()) {
            return Optional.empty();
        }
        Matcher c = CONCENTRATION.matcher(text.substring(end, Math.min(text.length(), end + 30)).toLowerCase(Locale.ROOT));
        if (!c.find()) {
            return Optional.empty();
        }
        int volumeStart = from + v.start(1);
        String before = clauseBefore(text, volumeStart);
        int concentrationEnd = end + c.end();
        Matcher r = ROUTE_AFTER.matcher(text.substring(concentrationEnd, Math.min(text.length(), concentrationEnd + 40))
                .toLowerCase(Locale.ROOT));
        r.find();
        String words = " " + (before + " " + r.group()).replaceAll("[,()]", " ") + " ";
        double dose = Double.parseDouble(v.group(1)) * Double.parseDouble(c.group(1));
        return withRoute(BigDecimal.valueOf(dose).stripTrailingZeros().toPlainString(), c.group(2), dose, volumeStart,
                concentrationEnd, words, injectionRoutes, oralRoutes);
    }

    /** The words of the clause before {@code at} (at most 100 characters back), lower case. */
    private static String clauseBefore(String text, int at) {
        String lead = text.substring(Math.max(0, at - 100), at).toLowerCase(Locale.ROOT);
        Matcher clause = CLAUSE_START.matcher(lead);
        return clause.lookingAt() ? lead.substring(clause.end()) : lead;
    }

    /**
     * The offset after the mixture parts written right after the drug name ({@link #MIXTURE_PART}), or {@code end}
     * when none is: "40 mg of the steroid with 3 mL of bupivacaine and 4 mL of water, then given by injection".
     */
    private static int afterMixture(String text, int end) {
        int at = end;
        for (int part = 0; part < MAX_MIXTURE_PARTS; part++) {
            Matcher m = MIXTURE_PART.matcher(text.substring(at, Math.min(text.length(), at + 60)).toLowerCase(Locale.ROOT));
            if (!m.find()) {
                break;
            }
            at += m.end();
        }
        return at;
    }

    /**
     * The dose the matcher found (number in group 1, unit in group 2, read from note offset {@code from}) given by
     * the first injection, else oral, route among the space-padded words {@code after}; empty when none is there.
     */
    private static Optional<DocumentedDose> withRoute(Matcher d, int from, String after, List<String> injectionRoutes,
                                                      List<String> oralRoutes) {
        return withRoute(d.group(1), d.group(2), Double.parseDouble(d.group(1).replace(',', '.')), from + d.start(1),
                from + d.end(2), after, injectionRoutes, oralRoutes);
    }

    /**
     * The dose {@code number} {@code unit} (worth {@code value} in that unit, at note offsets [start, end)) given by
     * the first injection, else oral, route among the space-padded words {@code words}; empty when none is there.
     */
    private static Optional<DocumentedDose> withRoute(String number, String unit, double value, int start, int end,
                                                      String words, List<String> injectionRoutes,
                                                      List<String> oralRoutes) {
        Optional<String> injected = injectionRoutes.stream().filter(x -> words.contains(" " + x + " ")).findFirst();
        Optional<String> oral = oralRoutes.stream().filter(x -> words.contains(" " + x + " ")).findFirst();
        if (injected.isEmpty() && oral.isEmpty()) {
            return Optional.empty();
        }
        String normalized = DrugUnit.normalizeUnit(unit);
        return Optional.of(new DocumentedDose(number, unit, DrugUnit.toBase(value, normalized), kind(normalized),
                injected.orElseGet(oral::get), injected.isEmpty(), start, end, words, ONE_SITE));
    }

    /** This dose given at each of {@code at} sites: the amount is the total of them all. */
    DocumentedDose atSites(PerSiteDose.Sites at) {
        return at.count() == 1 ? this
                : new DocumentedDose(number, unit, amount * at.count(), kind, route, oral, start, end, routeWords, at);
    }

    private static boolean digitWithin(String text, int from, int length) {
        for (int i = from, end = Math.min(text.length(), from + length); i < end; i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                return true;
            }
            if (ch == '.' || ch == ';' || ch == '\n') {
                return false;
            }
        }
        return false;
    }

    /** Weights compare with weights; units and millilitres only with themselves. */
    static String kind(String unit) {
        return switch (unit) {
            case "mg", "mcg", "g" -> "weight";
            default -> unit;
        };
    }
}
