package madvec.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import madvec.api.MatrixElement;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheInit;
import madvec.api.lhe.LheParticle;
import madvec.api.lhe.LheReader;
import madvec.api.lhe.LheWriter;
import madvec.model.ParamCard;

/**
 * Event files for the tests, laid out as MadGraph writes them: a header with {@code <MG5ProcCard>} and
 * {@code <slha>}, and e+ e- > mu+ mu- events at flat RAMBO points of sqrt(s) = 500 GeV with varied
 * weights, the muons written in either order.
 */
final class EventFiles {
    static final String PROCESS = "e+ e- > mu+ mu-";
    static final double SQRT_S = 500;
    private static final int[] PDGS = {-11, 11, -13, 13};

    private EventFiles() {}

    static LheHeader header() throws IOException {
        StringWriter card = new StringWriter();
        ParamCard.defaultSm().write(card);
        return LheHeader.of("<LesHouchesEvents version=\"3.0\">\n<header>\n<MG5ProcCard>\n<![CDATA[\n"
                + "import model sm\ngenerate " + PROCESS + "\noutput ee_mumu\n]]>\n</MG5ProcCard>\n"
                + "<slha>\n" + card + "</slha>\n</header>\n");
    }

    /** Events from {@code seed}; event i has weight 0.5 + (i mod 5) / 10 (mean 0.7, as the init says). */
    static List<LheEvent> events(int n, long seed) {
        MatrixElement me = MatrixElement.builder(PROCESS).sqrtS(SQRT_S).build();
        SplittableRandom random = new SplittableRandom(seed);
        double[][] u = new double[me.dimensions()][n];
        for (double[] coordinate : u) {
            for (int l = 0; l < n; l++) {
                coordinate[l] = 0.02 + 0.96 * random.nextDouble();
            }
        }
        double[][] p = me.evaluatePoints(u).momenta();
        List<LheEvent> events = new ArrayList<>(n);
        for (int l = 0; l < n; l++) {
            List<LheParticle> particles = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                // the final state written in either order: the reweighter matches particles, not positions
                int i = k < 2 ? k : l % 2 == 0 ? k : 5 - k;
                int status = i < 2 ? -1 : 1;
                particles.add(new LheParticle(PDGS[i], status, status < 0 ? 0 : 1, status < 0 ? 0 : 2, 0, 0,
                        p[4 * i + 1][l], p[4 * i + 2][l], p[4 * i + 3][l], p[4 * i][l], 0, 0, 9));
            }
            events.add(new LheEvent("", 1, 0.5 + (l % 5) / 10.0, SQRT_S, 0.0078186, 0.118, particles, List.of()));
        }
        return events;
    }

    /** Writes events to {@code file}, gzipped when its name ends in .gz. */
    static Path write(Path file, List<LheEvent> events) throws IOException {
        LheInit init = new LheInit(-11, 11, SQRT_S / 2, SQRT_S / 2, 0, 0, 0, 0, 3,
                List.of(new LheInit.Process(0.7, 0.007, 0.9, 1)), List.of());
        try (LheWriter w = LheWriter.open(file, header(), init)) {
            for (LheEvent e : events) {
                w.write(e);
            }
            w.commit();
        }
        return file;
    }

    /** Reads a file's events back, as the single-machine reweighter sees them. */
    static List<LheEvent> read(Path file) throws IOException {
        List<LheEvent> events = new ArrayList<>();
        try (LheReader r = LheReader.open(file)) {
            for (LheEvent e = r.next(); e != null; e = r.next()) {
                events.add(e);
            }
        }
        return events;
    }
}
