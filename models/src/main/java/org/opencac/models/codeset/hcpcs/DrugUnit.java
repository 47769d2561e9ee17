package org.opencac.models.codeset.hcpcs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The billing unit of a HCPCS drug code, read from its long description: "Injection, ceftriaxone
 * sodium, per 250 mg" is ceftriaxone, 250 mg per unit; "up to 10 mg" is 10 mg per unit.
 *
 * @param drug   the drug's first name word, lower case (e.g. "ceftriaxone")
 * @param amount the amount in one unit, in {@code unit}
 * @param unit   "mg", "mcg", "g", "units" or "ml"
 * @param route  the descriptor's first part, lower case: "injection", "infusion", ...
 */
public record DrugUnit(String drug, double amount, String unit, String route) {
    private static final Pattern DOSE = Pattern.compile(
            "(?:per|up to)?\\s*(\\d+(?:\\.\\d+)?)?\\s*(mg|mcg|microgram|micrograms|gm|g|grams?|units?|iu|ml|cc)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Descriptor words before the drug's name that are not its name ("sterile cefuroxime", "sodium ferric gluconate"). */
    private static final java.util.Set<String> NOT_A_DRUG_NAME = java.util.Set.of("sterile", "sodium", "potassium",
            "human", "recombinant", "normal", "");

    /** The amount of one unit in base units (mg for weights), for comparisons with a documented dose. */
    public double amountInBase() {
        return toBase(amount, unit);
    }

    /** A dose in base units: grams and micrograms to mg; units and ml as they are. */
    public static double toBase(double amount, String unit) {
        return switch (unit) {
            case "g" -> amount * 1000;
            case "mcg" -> amount / 1000;
            default -> amount;
        };
    }

    /** The unit word normalized: "gm", "gram" to "g"; "microgram" to "mcg"; "unit", "iu" to "units"; "cc" to "ml". */
    public static String normalizeUnit(String u) {
        String x = u.toLowerCase(Locale.ROOT);
        return switch (x) {
            case "gm", "g", "gram", "grams" -> "g";
            case "mcg", "microgram", "micrograms", "µg" -> "mcg";
            case "unit", "units", "iu" -> "units";
            case "ml", "cc" -> "ml";
            default -> x;
        };
    }

    /** A number and a weight unit, for oral drug descriptors ("Ondansetron 1 mg, oral"). */
    private static final Pattern ORAL_DOSE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mg|mcg|grams?|g)\\b");

    static Optional<DrugUnit> parse(String description) {
        String[] parts = description.split(",");
        if (parts.length < 3) {
            return Optional.empty();
        }
        Optional<DrugUnit> oral = parseOral(parts);
        if (oral.isPresent()) {
            return oral;
        }
        String route = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!(route.startsWith("injection") || route.startsWith("infusion"))) {
            return Optional.empty();
        }
        String drugPart = parts[1].trim().toLowerCase(Locale.ROOT);
        String drug = java.util.Arrays.stream(drugPart.split("[\\s(]+")).filter(x -> !NOT_A_DRUG_NAME.contains(x))
                .findFirst().orElse("");
        Matcher m = DOSE.matcher(parts[parts.length - 1]);
        if (drug.isEmpty() || !m.find()) {
            return Optional.empty();
        }
        double amount = m.group(1) == null ? 1.0 : Double.parseDouble(m.group(1));
        return Optional.of(new DrugUnit(drug, amount, normalizeUnit(m.group(2)), route));
    }

    /**
     * An oral drug code: "Ondansetron 1 mg, oral, ..." or "Dolasetron mesylate, 100 mg, oral, ...": one
     * of the first three parts is "oral"; the drug is the first name word, the unit the first dose named.
     */
    private static Optional<DrugUnit> parseOral(String[] parts) {
        int oral = -1;
        for (int i = 1; i < Math.min(3, parts.length); i++) {
            if (parts[i].trim().equalsIgnoreCase("oral")) {
                oral = i;
            }
        }
        if (oral < 0) {
            return Optional.empty();
        }
        String drug = java.util.Arrays.stream(parts[0].trim().toLowerCase(Locale.ROOT).split("[\\s(]+"))
                .filter(x -> !NOT_A_DRUG_NAME.contains(x)).findFirst().orElse("");
        for (String part : parts) {
            Matcher m = ORAL_DOSE.matcher(part.toLowerCase(Locale.ROOT));
            if (!drug.isEmpty() && m.find()) {
                return Optional.of(new DrugUnit(drug, Double.parseDouble(m.group(1)), normalizeUnit(m.group(2)), "oral"));
            }
        }
        return Optional.empty();
    }
}
