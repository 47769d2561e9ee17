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
 */
record HcpcsFamily(String first, String last, Kind kind, List<String> requires) {

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
        requires = List.copyOf(requires);
    }

    boolean contains(String code) {
        return code.compareTo(first) >= 0 && code.compareTo(last) <= 0;
    }

    /** Reads a families file; a bad line fails naming the file and the line. */
    static List<HcpcsFamily> load(String resource) {
        List<HcpcsFamily> out = new ArrayList<>();
        for (String line : DataFiles.lines(resource)) {
            String[] c = line.split("\t");
            try {
                out.add(new HcpcsFamily(c[0], c[1], Kind.valueOf(c[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                        c.length > 3 ? Arrays.asList(c[3].split("\\|")) : List.of()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ": bad line '" + line + "': " + e.getMessage(), e);
            }
        }
        return out;
    }
}
