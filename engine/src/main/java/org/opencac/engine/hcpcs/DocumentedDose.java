package org.opencac.engine.hcpcs;

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
 * characters after the name.
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
 */
record DocumentedDose(String number, String unit, double amount, String kind, String route, boolean oral, int start, int end,
                      String routeWords) {
    private static final Pattern DOSE = Pattern.compile(
            "^[^.;\\n]{0,30}?(\\d+(?:[.,]\\d+)?)\\s*(mg|mcg|micrograms?|µg|gm|grams?|g|units?|iu|ml|cc)\\b([^.;\\n]{0,30})",
            Pattern.CASE_INSENSITIVE);
    /**
     * A dose ending at most three words before the name ("80 mg of", "160 mg preservative-free"), none of them
     * one that joins another drug in ("10 mg of lidocaine and").
     */
    private static final Pattern DOSE_BEFORE = Pattern.compile(
            "(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(mg|mcg|micrograms?|µg|gm|grams?|g|units?|iu|ml|cc)\\b"
                    + "(?:[\\s-]+(?!(?:and|or|plus|with|then|to|in|per|x)\\b)[a-z]+){0,3}[\\s-]*$");
    private static final Pattern ROUTE_AFTER = Pattern.compile("^[^.;\\n]{0,40}");

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
     * follows the name within the sentence. A weight or units only: a volume before a name is a diluent or
     * mixture part ("5 cc of normal saline") rather than a dose given.
     */
    static Optional<DocumentedDose> before(String text, int start, int end, List<String> injectionRoutes, List<String> oralRoutes) {
        int from = Math.max(0, start - 40);
        String lead = text.substring(from, start).toLowerCase(Locale.ROOT);
        Matcher d = DOSE_BEFORE.matcher(lead);
        if (!d.find() || kind(DrugUnit.normalizeUnit(d.group(2))).equals("ml")) {
            return Optional.empty();
        }
        Matcher r = ROUTE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)).toLowerCase(Locale.ROOT));
        r.find();
        return withRoute(d, from, " " + r.group().replaceAll("[,()]", " ") + " ", injectionRoutes, oralRoutes);
    }

    /**
     * The dose the matcher found (number in group 1, unit in group 2, read from note offset {@code from}) given by
     * the first injection, else oral, route among the space-padded words {@code after}; empty when none is there.
     */
    private static Optional<DocumentedDose> withRoute(Matcher d, int from, String after, List<String> injectionRoutes,
                                                      List<String> oralRoutes) {
        Optional<String> injected = injectionRoutes.stream().filter(x -> after.contains(" " + x + " ")).findFirst();
        Optional<String> oral = oralRoutes.stream().filter(x -> after.contains(" " + x + " ")).findFirst();
        if (injected.isEmpty() && oral.isEmpty()) {
            return Optional.empty();
        }
        String unit = DrugUnit.normalizeUnit(d.group(2));
        double amount = DrugUnit.toBase(Double.parseDouble(d.group(1).replace(',', '.')), unit);
        return Optional.of(new DocumentedDose(d.group(1), d.group(2), amount, kind(unit), injected.orElseGet(oral::get),
                injected.isEmpty(), from + d.start(1), from + d.end(2), after));
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
