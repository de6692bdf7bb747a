package madvec.api.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LheWriterTest {
    @TempDir
    Path dir;

    record Sample(LheHeader header, LheInit init, List<LheEvent> events) {}

    static Sample read(LheReader r) throws IOException {
        return new Sample(r.header(), r.init(), LheReaderTest.readAll(r));
    }

    static Sample resource() throws IOException {
        try (LheReader r = new LheReader("eemumu.lhe", new StringReader(LheReaderTest.resource()))) {
            return read(r);
        }
    }

    static void write(Path target, Sample s) throws IOException {
        try (LheWriter w = LheWriter.open(target, s.header(), s.init())) {
            for (LheEvent e : s.events()) w.write(e);
            w.commit();
        }
    }

    @Test
    void roundTripsPlainAndGzipped() throws IOException {
        Sample original = resource();
        for (String name : List.of("out.lhe", "out.lhe.gz")) {
            Path target = dir.resolve(name);
            write(target, original);
            try (LheReader r = LheReader.open(target)) {
                assertEquals(original, read(r), name);
            }
            try (InputStream in = Files.newInputStream(target)) {
                boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
                assertEquals(name.endsWith(".gz"), gzip, name);
            }
        }
        // gzip is found by its magic bytes, not the name
        Path renamed = Files.move(dir.resolve("out.lhe.gz"), dir.resolve("renamed.lhe"));
        try (LheReader r = LheReader.open(renamed)) {
            assertEquals(original, read(r));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("out.lhe", "renamed.lhe"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void truncatedGzipIsAnError() throws IOException {
        Path full = dir.resolve("full.lhe.gz");
        write(full, resource());
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.lhe.gz"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        LheFormatException e = assertThrows(LheFormatException.class, () -> {
            try (LheReader r = LheReader.open(cut)) {
                LheReaderTest.readAll(r);
            }
        });
        assertTrue(e.getMessage().startsWith("cut.lhe.gz:"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated gzip stream"), e.getMessage());
    }

    @Test
    void doublesRoundTripWithElevenToSeventeenDigits() {
        SplittableRandom random = new SplittableRandom(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            double x = i < 10 ? new double[] {0, -0.0, 1, -1, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 0.1, 123.5, 1e22}[i]
                    : Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(x)) continue;
            sb.setLength(0);
            String s = LheNumbers.appendDouble(sb, x).toString();
            assertTrue(s.matches("[+-]\\d\\.\\d{10,16}e[+-]\\d{2,3}"), s);
            assertEquals(x, LheNumbers.parseDouble(s), s);
        }
        assertEquals("+1.0000000000e+02", LheNumbers.appendDouble(new StringBuilder(), 100).toString());
        assertEquals("-1.2500000000e-03", LheNumbers.appendDouble(new StringBuilder(), -1.25e-3).toString());
        assertEquals("+1.2345678901e+02", LheNumbers.appendDouble(new StringBuilder(), 123.45678901).toString());
        assertEquals("+1.0000000000000002e+00", LheNumbers.appendDouble(new StringBuilder(), Math.nextUp(1.0)).toString());
    }

    @Test
    void addsWeightsAndInitrwgtKeepingTheRest() throws IOException {
        Sample original = resource();
        String block = "<initrwgt>\n<weightgroup name='madvec' weight_name_is_id='yes'>\n"
                + "<weight id='mz_90'>set mass 23 90.0</weight>\n</weightgroup>\n</initrwgt>\n";
        LheHeader header = original.header().withInitrwgt(block);
        assertEquals(block, header.initrwgt().orElseThrow());
        assertEquals(original.header().mg5ProcCard(), header.mg5ProcCard());
        assertTrue(header.text().endsWith(block + "</header>\n"));

        Path target = dir.resolve("reweighted.lhe");
        try (LheWriter w = LheWriter.open(target, header, original.init())) {
            for (LheEvent e : original.events()) w.write(e, Map.of("mz_90", e.weight() * 1.5));
            w.commit();
        }
        Sample back;
        try (LheReader r = LheReader.open(target)) {
            back = read(r);
        }
        assertEquals(header, back.header());
        for (int i = 0; i < 3; i++) {
            LheEvent before = original.events().get(i), after = back.events().get(i);
            Map<String, Double> expected = new LinkedHashMap<>(before.weights());
            expected.put("mz_90", before.weight() * 1.5);
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(after.weights().entrySet()));
            assertEquals(before.particles(), after.particles());
            assertEquals(before.attributes(), after.attributes());
            List<String> others = after.extraLines().stream().filter(l -> !l.contains("rwgt>") && !l.contains("<wgt")).toList();
            assertEquals(before.extraLines().stream().filter(l -> !l.contains("rwgt>") && !l.contains("<wgt")).toList(), others);
        }
        LheEvent first = original.events().getFirst();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> first.addWeights(Map.of("rwgt_1", 1.0)));
        assertTrue(e.getMessage().contains("'rwgt_1' already exists"), e.getMessage());

        // a header without <initrwgt> gets one before </header>
        LheHeader plain = LheHeader.of("<LesHouchesEvents version=\"3.0\">\n<header>\n</header>\n").withInitrwgt(block);
        assertEquals("<LesHouchesEvents version=\"3.0\">\n<header>\n" + block + "</header>\n", plain.text());
        LheHeader bare = LheHeader.of("<LesHouchesEvents version=\"1.0\">\n").withInitrwgt(block);
        assertEquals("<LesHouchesEvents version=\"1.0\">\n<header>\n" + block + "</header>\n", bare.text());
    }

    @Test
    void nothingReplacesTheTargetUnlessCommitted() throws IOException {
        Sample s = resource();
        Path target = dir.resolve("events.lhe.gz");
        try (LheWriter w = LheWriter.open(target, s.header(), s.init())) {
            w.write(s.events().getFirst());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "neither the target nor a temporary file");
        }
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> {
            try (LheWriter w = LheWriter.open(target, s.header(), s.init())) {
                w.write(s.events().getFirst());
                throw new IllegalStateException("the reweighting failed");
            }
        });
        assertEquals("old", Files.readString(target), "an uncommitted run leaves the old file alone");
        write(target, s);
        assertFalse(Files.readString(target.resolveSibling("events.lhe.gz"), java.nio.charset.StandardCharsets.ISO_8859_1).equals("old"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void streamsALargeFileInBoundedMemory() throws IOException {
        Sample s = resource();
        int n = 100_000;
        Path big = dir.resolve("big.lhe");
        SplittableRandom random = new SplittableRandom(3);
        LheEvent template = s.events().getFirst();
        try (LheWriter w = LheWriter.open(big, s.header(), s.init())) {
            for (int i = 0; i < n; i++) {
                double c = 2 * random.nextDouble() - 1, sn = Math.sqrt(1 - c * c);
                List<LheParticle> p = template.particles();
                LheParticle mu = p.get(2);
                w.write(new LheEvent("", 1, random.nextDouble(), 100, mu.mass(), 0.118, List.of(p.get(0), p.get(1),
                        new LheParticle(-13, 1, 1, 2, 0, 0, 50 * sn, 0, 50 * c, 50, 0, 0, 1),
                        new LheParticle(13, 1, 1, 2, 0, 0, -50 * sn, 0, -50 * c, 50, 0, 0, -1)),
                        i % 10 == 0 ? template.extraLines() : List.of()));
            }
            w.commit();
        }
        long size = Files.size(big);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory(), maxGrowth = 0;
        long count = 0;
        double sum = 0;
        try (LheReader r = LheReader.open(big)) {
            for (LheEvent e; (e = r.next()) != null; ) {
                count++;
                sum += e.momenta()[0];
                if (count % 25_000 == 0) {
                    System.gc();
                    maxGrowth = Math.max(maxGrowth, rt.totalMemory() - rt.freeMemory() - before);
                }
            }
        }
        assertEquals(n, count);
        assertEquals(50.0 * n, sum);
        assertTrue(maxGrowth < size / 4, "heap grew by " + maxGrowth + " bytes reading a file of " + size);
    }
}
