package madvec.reweight;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import madvec.api.Batch;
import madvec.api.MatrixElement;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheInit;
import madvec.api.lhe.LheParticle;
import madvec.api.lhe.LheWriter;
import madvec.model.ParamCard;

/**
 * A weighted sample of flat phase-space points (RAMBO on diet at fixed sqrt(s), no PDFs) written as an
 * LHE file with a MadGraph-like header ({@code <MG5ProcCard>}, {@code <slha>}): test and benchmark input
 * for reweighting, not an event generator. Each event's weight is its contribution to the cross section
 * in pb ({@code |M|^2 x phase-space weight x (2 pi)^(4-3n) / (2 s)}), so that the mean weight estimates
 * sigma (MadGraph's {@code event_norm = average}); the {@code <init>} cross section is estimated from a
 * separate run of 10^4 points. Momenta are rounded to the 11 significant digits MadGraph prints.
 *
 * <p>Command: {@code java -p me-cli/target/madvec-cli.jar:me-cli/target/lib -m
 * madvec.reweight/madvec.reweight.FlatSample OUT.lhe[.gz] PROCESS SQRTS EVENTS [SEED]}.
 */
public final class FlatSample {
    /** hbar^2 c^2 in GeV^2 pb. */
    private static final double GEV2_TO_PB = 0.3893794e9;
    private static final int BATCH = 4096;

    private FlatSample() {}

    /**
     * Writes the sample.
     *
     * @param out the file (gzipped when the name ends in .gz)
     * @param process one subprocess, e.g. {@code e+ e- > mu+ mu-}
     * @param sqrtS the centre-of-mass energy, GeV
     * @param events how many events
     * @param seed the random seed
     * @param card the parameters (also written as {@code <slha>})
     * @throws IOException if writing fails
     */
    public static void write(Path out, String process, double sqrtS, long events, long seed, ParamCard card) throws IOException {
        MatrixElement me = MatrixElement.builder(process).card(card).sqrtS(sqrtS).build();
        int n = me.pdgs().length;
        double factor = GEV2_TO_PB * Math.pow(2 * Math.PI, 4 - 3 * (n - 2)) / (2 * sqrtS * sqrtS);
        double xsec = estimate(me, factor, seed ^ 0x5DEECE66DL);
        LheInit init = new LheInit(me.pdgs()[0], me.pdgs()[1], sqrtS / 2, sqrtS / 2, 0, 0, 0, 0, 3,
                List.of(new LheInit.Process(xsec, 0, 0, 1)), List.of("<generator name='madvec FlatSample'>1</generator>"));
        SplittableRandom random = new SplittableRandom(seed);
        try (LheWriter w = LheWriter.open(out, header(process, card), init)) {
            for (long done = 0; done < events; done += BATCH) {
                int b = (int) Math.min(BATCH, events - done);
                Batch r = me.evaluatePoints(points(me.dimensions(), b, random));
                for (int l = 0; l < b; l++) w.write(event(me.pdgs(), me.externalMasses(), r, l, factor, sqrtS));
            }
            w.commit();
        }
    }

    private static double estimate(MatrixElement me, double factor, long seed) {
        Batch r = me.evaluatePoints(points(me.dimensions(), 10_000, new SplittableRandom(seed)));
        double sum = 0;
        for (int l = 0; l < r.lanes(); l++) sum += r.me()[l] * r.weight()[l] * factor;
        return sum / r.lanes();
    }

    private static double[][] points(int dims, int b, SplittableRandom random) {
        double[][] u = new double[dims][b];
        for (double[] c : u) for (int l = 0; l < b; l++) c[l] = random.nextDouble();
        return u;
    }

    /**
     * One event as MadGraph writes it: every number with 11 significant digits, and in the mass column
     * the particle's mass from the card (MadGraph's PUP(5)), not the invariant mass of the rounded momenta.
     */
    private static LheEvent event(int[] pdgs, double[] masses, Batch r, int l, double factor, double sqrtS) {
        List<LheParticle> ps = new ArrayList<>(pdgs.length);
        double[][] p = r.momenta();
        for (int i = 0; i < pdgs.length; i++) {
            double e = mg(p[4 * i][l]), x = mg(p[4 * i + 1][l]), y = mg(p[4 * i + 2][l]), z = mg(p[4 * i + 3][l]);
            boolean in = i < 2;
            ps.add(new LheParticle(pdgs[i], in ? -1 : 1, in ? 0 : 1, in ? 0 : 2, 0, 0, x, y, z, e, mg(masses[i]), 0, 9));
        }
        return new LheEvent("", 1, mg(r.me()[l] * r.weight()[l] * factor), sqrtS, mg(1 / 132.507), 0.118, ps, List.of());
    }

    /** The value as MadGraph prints it, 11 significant digits, so that the file is like one of MadGraph's. */
    private static double mg(double v) {
        return v == 0 ? 0 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10e", v));
    }

    private static LheHeader header(String process, ParamCard card) throws IOException {
        StringWriter slha = new StringWriter();
        card.write(slha);
        return LheHeader.of("<LesHouchesEvents version=\"3.0\">\n<header>\n<MG5ProcCard>\n# flat sample written by madvec\n"
                + "import model sm\ngenerate " + process + " @0\n</MG5ProcCard>\n<slha>\n" + slha + "</slha>\n</header>\n");
    }

    /**
     * {@code OUT PROCESS SQRTS EVENTS [SEED]}; the {@code sm} card.
     *
     * @param args the arguments
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: FlatSample OUT.lhe[.gz] PROCESS SQRTS EVENTS [SEED]");
            System.exit(2);
        }
        write(Path.of(args[0]), args[1], Double.parseDouble(args[2]), Long.parseLong(args[3]),
                args.length > 4 ? Long.parseLong(args[4]) : 1, ParamCard.defaultSm());
    }
}
