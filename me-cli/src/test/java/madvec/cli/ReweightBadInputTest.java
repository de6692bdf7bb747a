package madvec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheReader;
import madvec.model.ParamCard;
import madvec.reweight.FlatSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input stops reweight with one line naming the file, line and event; --skip-bad keeps such events. */
class ReweightBadInputTest {
    @TempDir
    Path dir;

    private List<String> lines;
    private Path card;

    @BeforeEach
    void sample() throws Exception {
        Path f = dir.resolve("made.lhe");
        FlatSample.write(f, "e+ e- > mu+ mu-", 200, 6, 3, ParamCard.defaultSm());
        lines = new ArrayList<>(Files.readAllLines(f));
        card = dir.resolve("card.dat");
        Files.writeString(card, "launch --rwgt_name=mz\nset MZ 92\n");
    }

    /** The 1-based line of event k's {@code <event>} tag. */
    private int eventLine(int k) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<event") && ++seen == k) return i + 1;
        }
        throw new AssertionError("no event " + k);
    }

    /** Replaces particle {@code q} (1-based) of event k with {@code f(line)}; returns its line number. */
    private int editParticle(int k, int q, java.util.function.UnaryOperator<String> f) {
        int line = eventLine(k) + 1 + q;
        lines.set(line - 1, f.apply(lines.get(line - 1)));
        return line;
    }

    private Path file() throws Exception {
        Path f = dir.resolve("events.lhe");
        Files.write(f, lines);
        return f;
    }

    private Cli fails(Path events, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("reweight", "--events", events.toString(), "--card", card.toString(),
                "--out", dir.resolve("out.lhe.gz").toString()));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(1, r.status(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("madvec: ") && !l.startsWith("madvec: reweight:")).count(), r.err());
        assertFalse(Files.exists(dir.resolve("out.lhe.gz")), "no output after a failure");
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        return r;
    }

    private static String[] tokens(String line) {
        return line.trim().split("\\s+");
    }

    @Test
    void aMalformedParticleLineNamesItsLineAndEvent() throws Exception {
        int line = editParticle(3, 2, l -> l.substring(0, l.lastIndexOf(' ')));
        Cli r = fails(file());
        assertTrue(r.err().contains("madvec: events.lhe:" + line + ": event 3: particle line 2 of 4: expected 13 numbers, got 12"), r.err());
    }

    @Test
    void aNaNMomentumNamesItsLineAndEvent() throws Exception {
        int line = editParticle(5, 3, l -> {
            String[] t = tokens(l);
            t[6] = "NaN";
            return String.join(" ", t);
        });
        Cli r = fails(file());
        assertTrue(r.err().contains("madvec: events.lhe:" + line + ": event 5: particle line 3 of 4, px: expected a finite number, got 'NaN'"), r.err());
    }

    @Test
    void aTruncatedGzipStreamIsNamed() throws Exception {
        // large enough that the cut falls among the events, past what the reader buffers at once
        Path big = dir.resolve("big.lhe");
        FlatSample.write(big, "e+ e- > mu+ mu-", 200, 1000, 3, ParamCard.defaultSm());
        byte[] text = Files.readAllBytes(big);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(text);
        }
        byte[] all = gz.toByteArray();
        Path f = dir.resolve("cut.lhe.gz");
        Files.write(f, java.util.Arrays.copyOf(all, all.length * 3 / 4));
        Cli r = fails(f);
        assertTrue(r.err().matches("(?s).*madvec: cut\\.lhe\\.gz:\\d{4}: event \\d{3}: (corrupt or truncated gzip stream|unexpected end of file).*"), r.err());
    }

    @Test
    void particlesOfAnotherProcessAreNamed() throws Exception {
        for (int q = 3; q <= 4; q++) editParticle(4, q, l -> l.replaceFirst("^(\\s*)(-?)13 ", "$1$211 "));
        Cli r = fails(file());
        assertTrue(r.err().contains("madvec: events.lhe:" + eventLine(4) + ": event 4: particles -11 11 > -11 11 (PDG codes,"
                + " status -1 > status 1) match no subprocess of e+ e- > mu+ mu-"), r.err());
    }

    @Test
    void momentaThatDoNotConserveFourMomentumAreNamed() throws Exception {
        editParticle(2, 3, l -> {
            String[] t = tokens(l);
            t[6] = Double.toString(Double.parseDouble(t[6]) + 1e-3);
            return String.join(" ", t);
        });
        Cli r = fails(file());
        assertTrue(r.err().contains("madvec: events.lhe:" + eventLine(2) + ": event 2: four-momentum is not conserved: px in - out ="), r.err());
    }

    @Test
    void aWeightIdThatExistsIsRefusedInTheHeaderAndInAnEvent() throws Exception {
        int at = eventLine(1) + 5;
        lines.add(at, "<rwgt>\n<wgt id='mz'> +1.0e+00 </wgt>\n</rwgt>");
        Cli r = fails(file());
        assertTrue(r.err().contains("madvec: events.lhe:" + eventLine(1) + ": event 1: weight id 'mz' already exists in the event"), r.err());
        int header = lines.indexOf("</header>");
        lines.add(header, "<initrwgt>\n<weightgroup name='mg_reweighting'>\n<weight id='mz'>old</weight>\n</weightgroup>\n</initrwgt>");
        r = fails(file());
        assertTrue(r.err().contains("madvec: card.dat:1: weight id 'mz' already exists in the event file"), r.err());
    }

    @Test
    void aParameterThatDoesNotExistIsNamed() throws Exception {
        Files.writeString(card, "launch\n# heavier\nset mass 99 1\n");
        assertTrue(fails(file()).err().contains("madvec: card.dat:3: no parameter 'mass 99' in the original card"));
        Files.writeString(card, "launch\nset MZ 92\n");
        assertTrue(fails(file(), "--grad", "mass.99").err().contains("gradient parameter 'mass.99' is not in the original card"));
    }

    @Test
    void skipBadKeepsEveryEventInOrderAndCountsTheBadOnes() throws Exception {
        for (int q = 3; q <= 4; q++) editParticle(4, q, l -> l.replaceFirst("^(\\s*)(-?)13 ", "$1$211 "));
        editParticle(2, 3, l -> {
            String[] t = tokens(l);
            t[7] = Double.toString(Double.parseDouble(t[7]) - 0.5);
            return String.join(" ", t);
        });
        Path in = file(), out = dir.resolve("kept.lhe");
        Cli r = Cli.ok("reweight", "--events", in.toString(), "--card", card.toString(), "--out", out.toString(), "--skip-bad");
        assertTrue(r.out().contains("# events 6, reweighted 4, not reweighted 2"), r.out());
        assertTrue(r.err().contains("2 of 6 events were not reweighted"), r.err());
        List<LheEvent> a = new ArrayList<>(), b = new ArrayList<>();
        try (LheReader x = LheReader.open(in); LheReader y = LheReader.open(out)) {
            for (LheEvent e; (e = x.next()) != null; ) a.add(e);
            for (LheEvent e; (e = y.next()) != null; ) b.add(e);
        }
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).particles(), b.get(i).particles());
            boolean bad = i == 1 || i == 3;
            assertEquals(bad, b.get(i).weights().get("mz") == 0.0, "event " + (i + 1));
            assertEquals(bad, b.get(i).extraLines().stream().anyMatch(l -> l.startsWith("<!-- madvec reweight: not reweighted: ")));
        }
    }
}
