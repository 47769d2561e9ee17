package org.opencac.models.codeset.hcpcs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.io.Resources;
import org.opencac.models.io.Whitespace;

/**
 * Reads the CMS annual alphanumeric HCPCS file (fixed-width contractor records) with the positions from
 * CMS's record layout. A code's long description continues over records whose record identification
 * code is 4 (procedure) or 8 (modifier); modifiers (identification 7 and 8) are not codes and are skipped.
 * The release is the latest year among the records' action effective dates (the file's year).
 */
public final class HcpcsFileLoader {
    public static final String BUNDLED_FILE = "data/hcpcs/HCPC2019_CONTR_ANWEB.txt.xz";
    public static final String BUNDLED_LAYOUT = "data/hcpcs/HCPCS2019_recordlayout.txt.xz";

    private HcpcsFileLoader() {
    }

    public static HcpcsCodeSet loadBundled() {
        return loadBundledRecords().codeSet();
    }

    /**
     * The codes of a file in the order it lists them (the order {@link HcpcsCodeSet} keeps a drug's codes in),
     * with the release: what a cache of the file keeps.
     *
     * @param version the code set's version (the file's year)
     * @param codes   the codes, in file order
     */
    public record Records(CodeSetVersion version, List<HcpcsCode> codes) {
        public HcpcsCodeSet codeSet() {
            return new HcpcsCodeSet(version, codes);
        }
    }

    /** The bundled file's codes, in file order. */
    public static Records loadBundledRecords() {
        try (InputStream layout = Resources.bundled(BUNDLED_LAYOUT); InputStream file = Resources.bundled(BUNDLED_FILE)) {
            return readRecords(HcpcsRecordLayout.parse(layout), file, BUNDLED_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The checks below are those of the regular expressions [A-Z]\d{4}, \d{8} and \s+ (replaced by one space),
    // written by hand: they run for every line of the file at each start.

    /** Whether {@code s} is a letter A-Z and four digits 0-9. */
    static boolean isCode(String s) {
        return s.length() == 5 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && digits(s, 1);
    }

    private static boolean digits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with every run of whitespace ({@code \s}: space, tab, line ends, form feed, \x0B) made one space. */
    static String oneSpaced(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Whitespace.isRegexSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    public static HcpcsCodeSet read(HcpcsRecordLayout layout, InputStream in, String name) throws IOException {
        return readRecords(layout, in, name).codeSet();
    }

    /** As {@link #read}, the codes in file order. */
    public static Records readRecords(HcpcsRecordLayout layout, InputStream in, String name) throws IOException {
        var code = layout.field("healthcare common procedure coding system code");
        var recordId = layout.field("hcpcs record identification code");
        var longDesc = layout.field("hcpcs long description");
        var shortDesc = layout.field("hcpcs short description");
        var termination = layout.field("hcpcs termination date");
        var effective = layout.field("hcpcs action effective date");
        Map<String, StringBuilder> longs = new LinkedHashMap<>();
        Map<String, String[]> heads = new LinkedHashMap<>();
        int latestYear = 0;
        int lineNo = 0;
        for (String line : org.opencac.models.io.Lines.split(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))) {
            lineNo++;
            if (line.length() < 91) {
                continue; // disclaimer lines at the top of the file
            }
            String c = code.read(line);
            String id = recordId.read(line);
            if (!isCode(c) || !(id.equals("3") || id.equals("4"))) {
                continue;
            }
            if (id.equals("3")) {
                longs.put(c, new StringBuilder(longDesc.read(line)));
                heads.put(c, new String[] {shortDesc.read(line), termination.read(line)});
                String eff = effective.read(line);
                if (eff.length() == 8 && digits(eff, 0)) {
                    latestYear = Math.max(latestYear, Integer.parseInt(eff.substring(0, 4)));
                }
            } else {
                StringBuilder b = longs.get(c);
                if (b == null) {
                    throw new IllegalArgumentException(name + " line " + lineNo + ": continuation of " + c + " before its first record");
                }
                b.append(' ').append(longDesc.read(line));
            }
        }
        if (longs.isEmpty()) {
            throw new IllegalArgumentException(name + ": no HCPCS Level II code records found");
        }
        List<HcpcsCode> codes = new ArrayList<>();
        longs.forEach((c, b) -> codes.add(new HcpcsCode(c, oneSpaced(b).trim(), heads.get(c)[0],
                !heads.get(c)[1].isBlank())));
        return new Records(new CodeSetVersion(CodeSystem.HCPCS, String.valueOf(latestYear)), List.copyOf(codes));
    }
}
