package org.opencac.models;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencac.models.io.BytesInput;

/**
 * The distinct strings of a cache file, written once at its head and referred to by number, so reading
 * the file makes each distinct string once (shared by every object that holds it) instead of one copy
 * per occurrence: less to read, less garbage, a smaller heap.
 */
final class StringTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(1 << 20);
    /** Where the file's body is written while the table fills; {@link #writeTo} puts the table first. */
    final DataOutputStream body = new DataOutputStream(bodyBytes);

    /** Writes a reference to {@code s} (null allowed) into the body. */
    void write(String s) throws IOException {
        if (s == null) {
            body.writeInt(-1);
            return;
        }
        Integer id = ids.get(s);
        if (id == null) {
            id = strings.size();
            ids.put(s, id);
            strings.add(s);
        }
        body.writeInt(id);
    }

    /** The table, then the body. */
    void writeTo(DataOutputStream out) throws IOException {
        body.flush();
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
        bodyBytes.writeTo(out);
    }

    /** Reads a table written by {@link #writeTo}; the body follows it in {@code in}. */
    static Reader read(BytesInput in) throws IOException {
        int n = in.readInt();
        String[] strings = new String[n];
        for (int i = 0; i < n; i++) {
            strings[i] = in.readUTF();
        }
        return new Reader(strings, in);
    }

    /** Reads references from a body. */
    static final class Reader {
        private final String[] strings;
        final BytesInput in;

        private Reader(String[] strings, BytesInput in) {
            this.strings = strings;
            this.in = in;
        }

        /** The string the next reference names (null if it was written as null). */
        String read() throws IOException {
            int id = in.readInt();
            if (id < -1 || id >= strings.length) {
                throw new IOException("bad string reference " + id);
            }
            return id < 0 ? null : strings[id];
        }

        List<String> readList() throws IOException {
            int n = in.readInt();
            if (n == 0) {
                return List.of();
            }
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = read();
            }
            return List.of(out);
        }
    }

    void writeList(List<String> list) throws IOException {
        body.writeInt(list.size());
        for (String s : list) {
            write(s);
        }
    }
}
