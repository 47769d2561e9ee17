package org.opencac.models.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tukaani.xz.XZInputStream;

/** Opens the bundled data files on the classpath, decompressing ".xz" ones; builds safe XML readers. */
public final class Resources {
    private Resources() {
    }

    /** Opens a classpath resource of the models module, e.g. "data/icd10cm/icd10cm_order_2026.txt.xz". */
    public static InputStream bundled(String relative) {
        String name = "/org/opencac/models/" + relative;
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing from the build: " + name);
        }
        return decompressIfXz(relative, in);
    }

    /** A StAX reader over publisher XML, with DTDs and external entities disabled. */
    public static javax.xml.stream.XMLStreamReader xmlReader(InputStream in) throws javax.xml.stream.XMLStreamException {
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(in, "UTF-8");
    }

    /**
     * Moves {@code r} to the next element that starts before the end of the element {@code parent} it is inside,
     * and gives that element's name; null once {@code parent} (or the document) ends. A caller that does not read
     * the child to its end meets the child's own children next.
     */
    public static String nextChild(javax.xml.stream.XMLStreamReader r, String parent)
            throws javax.xml.stream.XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == javax.xml.stream.XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(parent)) {
                return null;
            }
            if (ev == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                return r.getLocalName();
            }
        }
        return null;
    }

    /** Opens a bundled resource as stored (still compressed), e.g. to fingerprint it. */
    public static InputStream raw(String relative) {
        String name = "/org/opencac/models/" + relative;
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing from the build: " + name);
        }
        return new BufferedInputStream(in, 1 << 16);
    }


    private static InputStream decompressIfXz(String name, InputStream raw) {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        if (!name.endsWith(".xz")) {
            return in;
        }
        try {
            return new BufferedInputStream(new XZInputStream(in), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read xz data " + name, e);
        }
    }
}
