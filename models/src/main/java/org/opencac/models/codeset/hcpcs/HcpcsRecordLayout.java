package org.opencac.models.codeset.hcpcs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field positions of the CMS HCPCS contractor record, read from CMS's record-layout file
 * ("1.   Healthcare Common Procedure Coding System Code" then "LENGTH BEG END TYPE"), so that a later
 * year's file with a moved field is read by its own layout.
 */
public final class HcpcsRecordLayout {
    private static final Pattern NAME = Pattern.compile("^\\s*\\d+\\.\\s+(.+?)\\s*$");
    private static final Pattern POSITIONS = Pattern.compile("^\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(CHAR|NUM|GRP|DATE)\\s*$");

    /**
     * A field: 1-based first and last column.
     *
     * @param begin first column (1-based)
     * @param end   last column (inclusive)
     */
    public record Field(int begin, int end) {
        public String read(String record) {
            if (record.length() < begin) {
                return "";
            }
            return record.substring(begin - 1, Math.min(end, record.length())).trim();
        }
    }

    private final Map<String, Field> fields;

    public HcpcsRecordLayout(Map<String, Field> fields) {
        this.fields = Map.copyOf(fields);
    }

    /** Parses a CMS record-layout text; field names are kept in lower case. */
    public static HcpcsRecordLayout parse(InputStream in) throws IOException {
        Map<String, Field> fields = new LinkedHashMap<>();
        String pending = null;
        for (String line : org.opencac.models.io.Lines.split(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))) {
            Matcher n = NAME.matcher(line);
            Matcher p = POSITIONS.matcher(line);
            if (n.matches() && !p.matches()) {
                pending = n.group(1).replaceAll("\\s+(CHAR|NUM|GRP|DATE)$", "").trim().toLowerCase(Locale.ROOT);
            } else if (p.matches() && pending != null) {
                fields.putIfAbsent(pending, new Field(Integer.parseInt(p.group(2)), Integer.parseInt(p.group(3))));
                pending = null;
            }
        }
        return new HcpcsRecordLayout(fields);
    }

    /** A field by (lower-case) name, e.g. "hcpcs long description". */
    public Field field(String name) {
        Field f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException("the HCPCS record layout has no field '" + name + "'; it has " + fields.keySet());
        }
        return f;
    }
}
