package org.opencac.models.codeset.icd10cm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opencac.models.codeset.CodeSet;

/**
 * Reads the ICD-10-CM order file ("Code Descriptions in Tabular Order"), the publisher's fixed-width
 * format: order number (5), code without dot (7), flag (1 = billable, 0 = header), short title (60),
 * long title, separated by single spaces. A newer year's file is a drop-in.
 */
public final class Icd10CmOrderFileLoader {

    public List<OrderFileEntry> load(InputStream in, String sourceName) {
        List<OrderFileEntry> out = new ArrayList<>(100_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                out.add(parse(line, sourceName, lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": no codes found");
        }
        return out;
    }

    static OrderFileEntry parse(String line, String sourceName, int lineNo) {
        if (line.length() < 16 || line.charAt(5) != ' ' || line.charAt(13) != ' ' || line.charAt(15) != ' ') {
            throw new IllegalArgumentException(sourceName + " line " + lineNo + ": not in order-file layout");
        }
        try {
            int order = Integer.parseInt(line.substring(0, 5).trim());
            String code = CodeSet.normalize(line.substring(6, 13).trim());
            char flag = line.charAt(14);
            if (flag != '0' && flag != '1') {
                throw new IllegalArgumentException(sourceName + " line " + lineNo + ": flag must be 0 or 1");
            }
            String rest = line.substring(16);
            String shortTitle = rest.length() > 60 ? rest.substring(0, 60).trim() : rest.trim();
            String longTitle = rest.length() > 61 ? rest.substring(61).trim() : shortTitle;
            return new OrderFileEntry(order, code, flag == '1', shortTitle, longTitle);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sourceName + " line " + lineNo + ": bad order number", e);
        }
    }
}
