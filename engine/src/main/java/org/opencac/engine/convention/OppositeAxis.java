package org.opencac.engine.convention;

import java.util.Locale;
import java.util.Objects;

/**
 * An axis on which a condition's codes say "without" it or "with" it ("without crisis" / "with crisis" of a
 * sickle-cell disease, "not intractable" / "intractable" of a migraine), from {@code same_condition.json}
 * "oppositeAxes". The "without" side is what the classification reports when the note does not say the other
 * (sickle-cell anemia NOS is the disease without crisis): one note that codes both sides of one condition told
 * it twice, once with the detail, so the code with the detail is kept.
 *
 * @param without   the title phrase of the side reported when nothing is said (lowercase)
 * @param with      the title phrase of the side the note must state (lowercase)
 * @param scope     how many leading characters of the two codes must match (3: the category, 4: the subcategory)
 * @param condition what the axis tells, for the rationale
 */
public record OppositeAxis(String without, String with, int scope, String condition) {
    public OppositeAxis {
        Objects.requireNonNull(without, "without");
        Objects.requireNonNull(with, "with");
        without = without.toLowerCase(Locale.ROOT);
        with = with.toLowerCase(Locale.ROOT);
        if (without.isBlank() || with.isBlank() || without.equals(with)) {
            throw new IllegalArgumentException("opposite axis needs two different phrases: " + without + " / " + with);
        }
        if (scope < 3 || scope > 7) {
            throw new IllegalArgumentException("opposite axis " + with + ": scope must be 3 to 7 characters, not " + scope);
        }
    }

    /** Whether the code titled {@code dTitle} says the "without" side and {@code t} the "with" side, within the scope. */
    public boolean givesWay(String dCode, String dTitle, String tCode, String tTitle) {
        if (dCode.length() < scope || tCode.length() < scope || !dCode.regionMatches(0, tCode, 0, scope)
                || dCode.equals(tCode)) {
            return false;
        }
        String d = dTitle.toLowerCase(Locale.ROOT);
        String t = tTitle.toLowerCase(Locale.ROOT);
        return has(d, without) && !has(t, without) && has(t, with) && sameSide(d, t);
    }

    /** Side words a title may print: codes of one category that print different ones are of different sides. */
    private static final String[] SIDES = {"right", "left", "bilateral"};

    /**
     * Whether two titles are of one side: neither prints a side, one prints none (an unstated side), or both print
     * the same. Asymptomatic varicose veins of the right leg are not the painful ones of the left.
     */
    private static boolean sameSide(String d, String t) {
        String ds = side(d);
        String ts = side(t);
        return ds == null || ts == null || ds.equals(ts);
    }

    private static String side(String title) {
        for (String s : SIDES) {
            if (has(title, s)) {
                return s;
            }
        }
        return null;
    }

    /** Whether the title holds the phrase as whole words. */
    private static boolean has(String title, String phrase) {
        for (int at = title.indexOf(phrase); at >= 0; at = title.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetter(title.charAt(at - 1));
            boolean endOk = end == title.length() || !Character.isLetter(title.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
