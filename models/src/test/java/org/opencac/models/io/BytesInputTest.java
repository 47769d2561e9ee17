package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BytesInputTest {

    @Test
    void readsBackWhatADataOutputStreamWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x0CAC5EED);
        out.writeInt(-1);
        out.writeInt(Integer.MIN_VALUE);
        out.writeByte(-3);
        out.writeByte(200);
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeChar('Z');
        out.writeChar('\u00e9');
        out.writeUTF("");
        out.writeUTF("plain ASCII title");
        out.writeUTF("Sjögren's, Ménière, \u0000 nul, 日本, 𝐀");
        out.writeUTF("x".repeat(65535));
        out.flush();

        BytesInput in = new BytesInput(bytes.toByteArray());
        assertEquals(0x0CAC5EED, in.readInt());
        assertEquals(-1, in.readInt());
        assertEquals(Integer.MIN_VALUE, in.readInt());
        assertEquals(-3, in.readByte());
        assertEquals((byte) 200, in.readByte());
        assertTrue(in.readBoolean());
        assertFalse(in.readBoolean());
        assertEquals('Z', in.readChar());
        assertEquals('\u00e9', in.readChar());
        assertEquals("", in.readUTF());
        assertEquals("plain ASCII title", in.readUTF());
        assertEquals("Sjögren's, Ménière, \u0000 nul, 日本, 𝐀", in.readUTF());
        assertEquals("x".repeat(65535), in.readUTF());
        assertThrows(EOFException.class, in::readByte);
    }

    @Test
    void aTruncatedFileFailsInsteadOfReadingGarbage() {
        assertThrows(EOFException.class, () -> new BytesInput(new byte[] {0, 0, 0}).readInt());
        assertThrows(EOFException.class, () -> new BytesInput(new byte[] {0, 5, 'a', 'b'}).readUTF());
    }

    @Test
    void aCountLargerThanTheBytesLeftOrNegativeIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2);
        out.writeChar('a');
        out.writeInt(5);
        out.writeInt(0);
        BytesInput in = new BytesInput(bytes.toByteArray());
        assertEquals(2, in.readCount());                    // two items, ten bytes left
        assertEquals('a', in.readChar());
        assertThrows(IOException.class, in::readCount);     // five items, four bytes left
        assertThrows(IOException.class, new BytesInput(new byte[] {-1, -1, -1, -1})::readCount);
    }
}
