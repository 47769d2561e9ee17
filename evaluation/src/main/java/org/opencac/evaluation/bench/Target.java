package org.opencac.evaluation.bench;

import java.util.Locale;

/**
 * A performance target and what was measured against it.
 *
 * @param name          what is measured
 * @param goal          the target value
 * @param measured      the measured value (NaN if not measured)
 * @param unit          unit of both, e.g. "notes/s"
 * @param higherIsBetter whether the goal is a floor (throughput) rather than a ceiling (latency)
 */
public record Target(String name, double goal, double measured, String unit, boolean higherIsBetter) {

    public boolean met() {
        return higherIsBetter ? measured >= goal : measured <= goal;
    }

    /** "met", or "missed by" the gap and its share of the goal, e.g. "missed by 120 ms (+240%)". */
    public String verdict() {
        if (Double.isNaN(measured)) {
            return "not measured";
        }
        if (met()) {
            return "met";
        }
        double gap = Math.abs(measured - goal);
        return String.format(Locale.ROOT, "missed by %s %s (%s%.0f%%)", number(gap), unit,
                higherIsBetter ? "-" : "+", 100 * gap / goal);
    }

    public String goalText() {
        return (higherIsBetter ? ">= " : "<= ") + number(goal) + " " + unit;
    }

    public String measuredText() {
        return Double.isNaN(measured) ? "-" : number(measured) + " " + unit;
    }

    static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
