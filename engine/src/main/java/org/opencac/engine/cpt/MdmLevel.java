package org.opencac.engine.cpt;

/** The four levels of 2021 office E/M medical decision making, lowest first. */
public enum MdmLevel {
    STRAIGHTFORWARD("straightforward"),
    LOW("low"),
    MODERATE("moderate"),
    HIGH("high");

    private final String label;

    MdmLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level met or exceeded by two of the three elements (the middle of the three). */
    public static MdmLevel twoOfThree(MdmLevel a, MdmLevel b, MdmLevel c) {
        MdmLevel[] x = {a, b, c};
        java.util.Arrays.sort(x);
        return x[1];
    }
}
