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

/**
 * Reads the CMS annual alphanumeric HCPCS file (fixed-width contractor records) with the positions from
 * CMS's record layout. A code's long description continues over records whose record identification
 * code is 4 (procedure) or 8 (modifier); modifiers (identification 7 and 8) are not codes and are skipped.
 * The release is the latest year among the records' action effective dates (the file's year).
 */
public final class HcpcsFileLoader {
    // compiled once: they are applied to every line of the file
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]\\d{4}");
    private static final java.util.regex.Pattern EIGHT_DIGITS = java.util.regex.Pattern.compile("\\d{8}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    public static final String BUNDLED_FILE = "data/hcpcs/HCPC2019_CONTR_ANWEB.txt.xz";
    public static final String BUNDLED_LAYOUT = "data/hcpcs/HCPCS2019_recordlayout.txt.xz";

    private HcpcsFileLoader() {
    }

    public static HcpcsCodeSet loadBundled() {
        try (InputStream layout = Resources.bundled(BUNDLED_LAYOUT); InputStream file = Resources.bundled(BUNDLED_FILE)) {
            return read(HcpcsRecordLayout.parse(layout), file, BUNDLED_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HcpcsCodeSet read(HcpcsRecordLayout layout, InputStream in, String name) throws IOException {
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
            if (!CODE.matcher(c).matches() || !(id.equals("3") || id.equals("4"))) {
                continue;
            }
            if (id.equals("3")) {
                longs.put(c, new StringBuilder(longDesc.read(line)));
                heads.put(c, new String[] {shortDesc.read(line), termination.read(line)});
                String eff = effective.read(line);
                if (EIGHT_DIGITS.matcher(eff).matches()) {
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
        longs.forEach((c, b) -> codes.add(new HcpcsCode(c, SPACES.matcher(b).replaceAll(" ").trim(), heads.get(c)[0],
                !heads.get(c)[1].isBlank())));
        return new HcpcsCodeSet(new CodeSetVersion(CodeSystem.HCPCS, String.valueOf(latestYear)), codes);
    }
}
