package org.opencac.engine.cpt;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient's age in completed months, as a note writes it: "a 9-month-old", "14-1/2-year-old", "72 y/o", "her
 * 5-year 3-month well-child check" (a well visit named by the age it is due at, the number and unit joined by a
 * hyphen), "21-day-old". Read first in the reason for the visit, then anywhere in the note as an age ("-old",
 * "y/o"): "cough for 3 weeks" is no age. A half year or the months after a number of years are dropped: a
 * preventive code's band is by completed years.
 */
final class PatientAge {
    /** An age with its unit; "old" or "y/o" after it makes it an age wherever it is written. */
    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,3})(?:-1/2| 1/2)?([- ])(years?|yrs?|months?|mos?|weeks?|wks?|days?)(?:[- ](old))?\\b"
                    + "|\\b(\\d{1,3}) ?(?:y/o|yo)\\b");

    private PatientAge() {
    }

    /**
     * The age in months: the first written in {@code reason} (the reason for the visit, lower case) as an age or
     * hyphenated ("9-month well-child check"); else the first age of {@code lower} (the whole note) written as one
     * ("-old", "y/o").
     */
    static OptionalInt months(String reason, String lower) {
        OptionalInt inReason = first(reason, false);
        return inReason.isPresent() ? inReason : first(lower, true);
    }

    private static OptionalInt first(String text, boolean needsOld) {
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            if (m.group(5) != null) {
                return OptionalInt.of(Integer.parseInt(m.group(5)) * 12);
            }
            if (m.group(4) == null && (needsOld || !m.group(2).equals("-"))) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            char unit = m.group(3).charAt(0);
            return OptionalInt.of(switch (unit) {
                case 'y' -> n * 12;
                case 'm' -> n;
                case 'w' -> n * 7 / 30;
                default -> n / 30;
            });
        }
        return OptionalInt.empty();
    }
}
