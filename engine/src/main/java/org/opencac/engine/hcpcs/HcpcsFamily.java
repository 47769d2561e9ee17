package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencac.engine.DataFiles;

/**
 * A range of HCPCS Level II codes recognised from their own descriptions (a line of
 * {@code hcpcs/families.tsv}).
 *
 * @param first    first code of the range, inclusive
 * @param last     last code of the range, inclusive
 * @param kind     how the descriptors are read
 * @param requires words one of which the note must contain (empty = none), e.g. "chemotherapy"
 * @param excludes words none of which the note may contain (empty = none): a screening service's code is not for
 *                 the same service done to follow up an abnormal finding the note names
 * @param lowestAge the lowest patient age, in whole years, the service is for (0 = any): a screening service below
 *                  the age its screening starts at is no screening (a note that states a younger age gets no code)
 */
record HcpcsFamily(String first, String last, Kind kind, List<String> requires, List<String> excludes, int lowestAge) {

    /** How a family's descriptors become triggers. */
    enum Kind {
        /** The descriptor's head phrase is the trigger; the rest of it chooses among codes sharing the head. */
        SERVICE,
        /** As SERVICE, for supplies. */
        SUPPLY,
        /** The product names before "per square centimeter"; units are the documented area. */
        PRODUCT,
        /** A drug given by mouth; units from the documented dose. */
        ORAL_DRUG
    }

    HcpcsFamily {
        if (!first.matches("[A-Z]\\d{4}") || !last.matches("[A-Z]\\d{4}") || first.compareTo(last) > 0) {
            throw new IllegalArgumentException("bad HCPCS range " + first + "-" + last);
        }
        if (lowestAge < 0) {
            throw new IllegalArgumentException("bad lowest age " + lowestAge);
        }
        requires = List.copyOf(requires);
        excludes = List.copyOf(excludes);
    }

    boolean contains(String code) {
        return code.compareTo(first) >= 0 && code.compareTo(last) <= 0;
    }

    /** Reads a families file; a bad line fails naming the file and the line. */
    static List<HcpcsFamily> load(String resource) {
        List<HcpcsFamily> out = new ArrayList<>();
        for (String[] c : DataFiles.table(resource, 3, 6)) {
            try {
                out.add(new HcpcsFamily(c[0], c[1], Kind.valueOf(c[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                        words(c, 3), words(c, 4), c.length > 5 ? Integer.parseInt(c[5]) : 0));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": bad line '" + String.join("\t", c) + "': "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The words of column {@code i} ("a|b"; "-" or a missing column for none). */
    private static List<String> words(String[] c, int i) {
        return c.length > i && !c[i].equals("-") ? Arrays.asList(c[i].split("\\|")) : List.of();
    }
}
