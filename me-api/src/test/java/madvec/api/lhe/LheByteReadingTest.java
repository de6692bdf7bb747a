package madvec.api.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte-level reading path: batches of raw events, line ends, encodings, long lines. */
class LheByteReadingTest {
    private static LheReader bytes(String name, byte[] b) throws IOException {
        return new LheReader(name, new ByteArrayInputStream(b));
    }

    private static List<LheEvent> inBatches(LheReader r, int size, List<Long> lines) throws IOException {
        List<LheEvent> out = new ArrayList<>();
        for (LheReader.RawEvents batch; (batch = r.nextEvents(size)).size() > 0; ) {
            for (int i = 0; i < batch.size(); i++) {
                assertEquals(out.size() + 1, batch.number(i), "events are numbered in file order");
                lines.add(batch.firstLine(i));
                out.add(LheReader.parse("f", batch, i));
            }
        }
        return out;
    }

    @Test
    void batchesGiveTheEventsOneByOneReadingGives() throws IOException {
        String text = LheReaderTest.resource();
        List<LheEvent> single;
        List<Long> singleLines = new ArrayList<>();
        try (LheReader r = new LheReader("f", new StringReader(text))) {
            single = new ArrayList<>();
            for (LheReader.RawEvent e; (e = r.nextRaw()) != null; ) {
                singleLines.add(e.firstLine());
                single.add(LheReader.parse("f", e));
            }
        }
        assertTrue(single.size() >= 3, "the resource has several events");
        for (int size : new int[] {1, 2, 1000}) {
            List<Long> lines = new ArrayList<>();
            try (LheReader r = bytes("f", text.getBytes(StandardCharsets.UTF_8))) {
                assertEquals(single, inBatches(r, size, lines), "batch size " + size);
                assertEquals(single.size(), r.eventCount());
            }
            assertEquals(singleLines, lines, "line numbers, batch size " + size);
        }
    }

    @Test
    void crlfLineEndsAndUtf8CommentsAreRead() throws IOException {
        String comment = "<!-- caf\u00e9 \uD83D\uDE00 -->";
        String text = LheReaderTest.resource().replace("</event>", comment + "\n</event>");
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        List<LheEvent> fromBytes, fromChars;
        try (LheReader r = bytes("f", crlf)) {
            fromBytes = inBatches(r, 7, new ArrayList<>());
        }
        try (LheReader r = new LheReader("f", new StringReader(text))) {
            fromChars = LheReaderTest.readAll(r);
        }
        assertEquals(fromChars, fromBytes, "CRLF and LF files read the same");
        assertEquals(comment, fromBytes.get(0).extraLines().get(fromBytes.get(0).extraLines().size() - 1));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLine() throws IOException {
        String text = LheReaderTest.resource();
        int at = text.indexOf("</event>");
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "<!-- caf\u00e9 -->\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + latin1.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin1, 0, all, head.length, latin1.length);
        System.arraycopy(tail, 0, all, head.length + latin1.length, tail.length);
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        LheFormatException e = assertThrows(LheFormatException.class, () -> {
            try (LheReader r = bytes("f", all)) {
                inBatches(r, 10, new ArrayList<>());
            }
        });
        assertEquals(line, e.lineNumber());
        assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
        LheFormatException one = assertThrows(LheFormatException.class, () -> {
            try (LheReader r = bytes("f", all)) {
                LheReaderTest.readAll(r);
            }
        });
        assertEquals(line, one.lineNumber(), "one event at a time, the same line");
        assertTrue(one.getMessage().contains("not UTF-8 text"), one.getMessage());
    }

    @Test
    void aLineLongerThanTheBufferIsKeptWhole() throws IOException {
        String comment = "<!-- " + "x".repeat(200_000) + " -->";
        String text = LheReaderTest.resource().replaceFirst("</event>", comment + "\n</event>");
        try (LheReader r = bytes("f", text.getBytes(StandardCharsets.UTF_8))) {
            LheEvent first = inBatches(r, 1, new ArrayList<>()).get(0);
            assertEquals(comment, first.extraLines().get(first.extraLines().size() - 1));
        }
    }

    @Test
    void aNumberErrorInABatchNamesItsLine() throws IOException {
        String bad = LheReaderTest.withLine(72, LheReaderTest.line(72).replace("-5.0000000000e+01", "-5.0x"));
        LheFormatException e = assertThrows(LheFormatException.class, () -> {
            try (LheReader r = bytes("events.lhe", bad.getBytes(StandardCharsets.UTF_8))) {
                inBatches(r, 100, new ArrayList<>());
            }
        });
        assertEquals(72, e.lineNumber());
        assertTrue(e.getMessage().startsWith("f:72: particle line 2 of 4, pz: expected a finite number, got '-5.0x'"),
                e.getMessage());
    }
}
