package madvec.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheParticle;
import madvec.reweight.EventWeights;
import madvec.reweight.ReweightCard;
import madvec.reweight.ReweightSummary;
import madvec.reweight.Reweighter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} against the single-machine reweighter of {@code madvec.reweight}
 * (what {@code madvec reweight} runs): the same weights and derivatives event by event, the same
 * summary, every event once and in order; and the failures a cluster job must not hide.
 */
class SparkReweightTest {
    private static final String CARD = """
            launch --rwgt_name=mz
            set mass 23 scan:[90.0, 91.0, 92.0]
            launch --rwgt_name=alpha
            set sminputs 1 1.300000e+02
            """;
    /** The job computes what the single-machine reweighter computes; only the batches' make-up differs. */
    private static final double SAME = 1e-13;

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("madvec-spark test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private JobResult run(JobRequest request) throws IOException {
        return new ReweightJob(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(request);
    }

    private JobRequest request(List<String> events, String out, boolean skipBad) throws IOException {
        Path card = Files.writeString(dir.resolve("reweight_card.dat"), CARD);
        return new JobRequest(events, card.toString(), out, List.of("mass.23"), null, null, 64, false, skipBad);
    }

    private static Reweighter singleMachine(Path file) throws IOException {
        try (var reader = madvec.api.lhe.LheReader.open(file)) {
            return Reweighter.builder().header(reader.header()).card(ReweightCard.parse("card", CARD, null))
                    .gradients("mass.23").build();
        }
    }

    @Test
    void matchesTheSingleMachineReweighterWeightByWeight() throws IOException {
        // two files, plain and gzipped, of sizes that are not multiples of the batch or the SIMD lanes
        Path plain = EventFiles.write(dir.resolve("run_01.lhe"), EventFiles.events(301, 1));
        Path gzipped = EventFiles.write(dir.resolve("run_02.lhe.gz"), EventFiles.events(157, 2));
        String out = dir.resolve("out").toString();
        JobResult result = run(request(List.of(plain.toString(), gzipped.toString()), out, false));

        Dataset<Row> table = spark.read().parquet(out + "/events");
        List<Row> rows = table.orderBy(EventSchema.FILE_INDEX, EventSchema.EVENT).collectAsList();
        assertEquals(301 + 157, rows.size());
        assertEquals(301 + 157, result.events());

        Reweighter reference = singleMachine(plain);
        assertEquals(List.of("mz_0", "mz_1", "mz_2", "alpha"), reference.weightIds());
        assertArrayEquals(reference.weightIds().toArray(),
                table.schema().apply(EventSchema.WEIGHTS).metadata().getStringArray("ids"));
        assertArrayEquals(reference.gradientIds().toArray(),
                table.schema().apply(EventSchema.DERIVATIVES).metadata().getStringArray("ids"));

        ReweightSummary expectedSummary = reference.newSummary();
        int r = 0;
        for (Path file : List.of(plain, gzipped)) {
            List<LheEvent> events = EventFiles.read(file);
            List<EventWeights> expected = reference.reweight(events);
            for (int i = 0; i < events.size(); i++, r++) {
                Row row = rows.get(r);
                String where = file.getFileName() + " event " + (i + 1);
                assertTrue(row.getString(1).endsWith(file.getFileName().toString()), where);
                assertEquals(i + 1, row.getLong(2), where + ": events in file order, numbered from 1");
                assertEquals(events.get(i).weight(), row.getDouble(3), where);
                assertClose(expected.get(i).weights(), doubles(row, 4), where + " weights");
                assertClose(ReweightTask.flatten(expected.get(i).derivatives()), doubles(row, 5), where + " derivatives");
                assertNull(row.get(6), where);
                expectedSummary.add(expected.get(i));
            }
        }
        // the new weights really differ from the old ones: the comparison above is not of identities
        assertTrue(Math.abs(rows.get(0).<Double>getList(4).get(0) / rows.get(0).getDouble(3) - 1) > 1e-4);

        List<Row> summary = spark.read().parquet(out + "/summary").collectAsList();
        assertEquals(expectedSummary.ids().size(), summary.size());
        for (int k = 0; k < summary.size(); k++) {
            Row row = summary.get(k);
            assertEquals(expectedSummary.ids().get(k), row.getString(0));
            ReweightSummary.Estimate e = expectedSummary.estimate(k, ReweightSummary.Normalisation.AVERAGE);
            assertEquals(e.value(), row.getDouble(3), SAME * Math.abs(e.value()), row.getString(0));
            assertEquals(e.error(), row.getDouble(4), 1e-9 * Math.abs(e.error()), row.getString(0));
            assertEquals(458, row.getLong(5));
        }
        assertEquals("mz_0_d_mass.23", summary.get(5).getString(0));
        assertEquals("mz_0", summary.get(5).getString(1));
        assertEquals("mass.23", summary.get(5).getString(2));
        assertNoStagingLeft();
    }

    @Test
    void aBadEventFailsTheJobNamingFileEventAndLineAndLeavesNoOutput() throws IOException {
        Path good = EventFiles.write(dir.resolve("good.lhe"), EventFiles.events(40, 3));
        Path badFile = dir.resolve("bad.lhe");
        List<LheEvent> events = new ArrayList<>(EventFiles.events(20, 4));
        events.set(6, withMuonMomentum(events.get(6), 1.0));
        EventFiles.write(badFile, events);
        String out = dir.resolve("out").toString();

        Exception e = assertThrows(Exception.class, () -> run(request(List.of(good.toString(), badFile.toString()), out, false)));
        String message = JobFailure.describe(e);
        assertTrue(message.startsWith(badFile + ":" + eventTagLine(badFile, 7)
                + ": event 7: four-momentum is not conserved"), message);
        assertFalse(Files.exists(Path.of(out)), "a failed job leaves no output");
        assertNoStagingLeft();

        Path whole = EventFiles.write(dir.resolve("cut.lhe.gz"), EventFiles.events(400, 5));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.lhe.gz"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        Exception truncated = assertThrows(Exception.class, () -> run(request(List.of(cut.toString()), out, false)));
        String m = JobFailure.describe(truncated);
        assertTrue(m.startsWith(cut.toString()) && m.contains("truncated"), m);
        assertFalse(Files.exists(Path.of(out)));
        assertNoStagingLeft();

        // a byte that is not UTF-8 in an event's comment line, far enough in that the task (not the
        // driver, which reads the header) decodes it: an error, not a replacement character
        String text = Files.readString(EventFiles.write(dir.resolve("latin.lhe"), EventFiles.events(400, 6)));
        int at = text.length() - 1000;
        at = text.indexOf("</event>", at);
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        Path latin = dir.resolve("latin.lhe");
        try (var os = Files.newOutputStream(latin)) {
            os.write(head);
            os.write(new byte[] {'#', ' ', (byte) 0xff, '\n'});
            os.write(tail);
        }
        Exception notUtf8 = assertThrows(Exception.class, () -> run(request(List.of(latin.toString()), out, false)));
        String u = JobFailure.describe(notUtf8);
        assertTrue(u.startsWith(latin + ":") && u.contains("not UTF-8"), u);
        assertTrue(failedInATask(notUtf8), "the task decoded the byte, not the driver");
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void skipBadKeepsTheEventWithZeroWeightsAndItsProblem() throws IOException {
        List<LheEvent> events = new ArrayList<>(EventFiles.events(20, 5));
        events.set(3, withMuonMomentum(events.get(3), 2.0));
        Path file = EventFiles.write(dir.resolve("some_bad.lhe"), events);
        String out = dir.resolve("out").toString();
        JobResult result = run(request(List.of(file.toString()), out, true));

        List<Row> rows = spark.read().parquet(out + "/events").orderBy(EventSchema.EVENT).collectAsList();
        assertEquals(20, rows.size(), "the bad event is kept");
        assertNotNull(rows.get(3).get(6));
        assertTrue(rows.get(3).getString(6).contains("conserved"), rows.get(3).getString(6));
        assertEquals(0.0, doubles(rows.get(3), 4)[0]);
        assertNull(rows.get(2).get(6));
        assertEquals(1, result.summary().merged().skipped());
        assertEquals(1, spark.read().parquet(out + "/summary").first().getLong(6));
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsGiven() throws IOException {
        Path file = EventFiles.write(dir.resolve("few.lhe"), EventFiles.events(10, 6));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path old = Files.writeString(out.resolve("old.txt"), "previous result");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(request(List.of(file.toString()), out.toString(), false)));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertTrue(Files.exists(old));

        JobRequest again = request(List.of(file.toString()), out.toString(), false);
        run(new JobRequest(again.events(), again.card(), again.out(), again.gradients(), null, null, 64, true, false));
        assertFalse(Files.exists(old), "replaced");
        assertEquals(10, spark.read().parquet(out + "/events").count());
    }

    @Test
    void aFolderIsReadFileByFileInNameOrder() throws IOException {
        Path runs = Files.createDirectories(dir.resolve("runs"));
        EventFiles.write(runs.resolve("b.lhe.gz"), EventFiles.events(12, 7));
        EventFiles.write(runs.resolve("a.lhe"), EventFiles.events(9, 8));
        Files.writeString(runs.resolve("notes.txt"), "not events");
        String out = dir.resolve("out").toString();
        run(request(List.of(runs.toString()), out, false));
        List<Row> firsts = spark.read().parquet(out + "/events").where("event = 1").orderBy(EventSchema.FILE_INDEX)
                .collectAsList();
        assertEquals(2, firsts.size());
        assertTrue(firsts.get(0).getString(1).endsWith("a.lhe"));
        assertTrue(firsts.get(1).getString(1).endsWith("b.lhe.gz"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(request(List.of(dir.resolve("missing.lhe").toString()), dir.resolve("o2").toString(), false)));
        assertTrue(e.getMessage().startsWith("no such file: "), e.getMessage());
    }

    @Test
    void givesWhatTheMadvecReweightCommandGivesWeightByWeight() throws IOException {
        Path file = EventFiles.write(dir.resolve("cli.lhe.gz"), EventFiles.events(150, 9));
        Path card = Files.writeString(dir.resolve("card.dat"), CARD);
        Path npy = dir.resolve("w.npy");
        String single = madvec.cli.SingleMachine.run("reweight", "--events", file.toString(), "--card", card.toString(),
                "--grad", "mass.23", "--weights-out", npy.toString(), "--threads", "2");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkReweight.run(new String[] {"--master", "local[2]", "--events", file.toString(), "--card",
            card.toString(), "--grad", "mass.23", "--out", dir.resolve("out").toString(), "--batch", "40"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(single, out.toString(StandardCharsets.UTF_8), "the same summary table");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1/1 files, 150 events"), err.toString(StandardCharsets.UTF_8));

        // the command's rows: ok, original weight, 4 new weights, 4 derivatives
        double[][] expected = Npy.read(npy);
        List<Row> rows = spark.read().parquet(dir.resolve("out/events").toString()).orderBy(EventSchema.EVENT).collectAsList();
        assertEquals(expected.length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            double[] e = expected[i];
            assertEquals(1.0, e[0]);
            assertEquals(e[1], rows.get(i).getDouble(3), "event " + (i + 1));
            assertClose(java.util.Arrays.copyOfRange(e, 2, 6), doubles(rows.get(i), 4), "event " + (i + 1) + " weights");
            assertClose(java.util.Arrays.copyOfRange(e, 6, 10), doubles(rows.get(i), 5), "event " + (i + 1) + " derivatives");
        }

        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        int bad = SparkReweight.run(new String[] {"--events", file.toString(), "--card", card.toString(), "--out", "x",
            "--batch", "0"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(usage, true, StandardCharsets.UTF_8));
        assertEquals(2, bad);
        assertEquals("madvec-spark: --batch must be from 1 to 1048576, not 0\n", usage.toString(StandardCharsets.UTF_8));
    }

    private static boolean failedInATask(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EventFailure || String.valueOf(t.getMessage()).contains(EventFailure.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The line number of the n-th {@code <event>} tag, counted from 1. */
    private static long eventTagLine(Path file, int n) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0, seen = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<event") && ++seen == n) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no event " + n);
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().contains("madvec-tmp")).toList());
        }
    }

    /** The event with its first muon's px shifted: four-momentum is then not conserved. */
    private static LheEvent withMuonMomentum(LheEvent e, double shift) {
        List<LheParticle> ps = new ArrayList<>(e.particles());
        LheParticle m = ps.get(2);
        ps.set(2, new LheParticle(m.pdg(), m.status(), m.mother1(), m.mother2(), m.colour1(), m.colour2(),
                m.px() + shift, m.py(), m.pz(), m.energy(), m.mass(), m.lifetime(), m.spin()));
        return new LheEvent(e.attributes(), e.processId(), e.weight(), e.scale(), e.alphaQed(), e.alphaQcd(), ps,
                e.extraLines());
    }

    private static double[] doubles(Row row, int column) {
        return row.<Double>getList(column).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], SAME * Math.abs(expected[k]), what + " [" + k + "]");
        }
    }
}
