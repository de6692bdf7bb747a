package madvec.reweight;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import madvec.api.lhe.LheEvent;
import madvec.api.lhe.LheHeader;
import madvec.api.lhe.LheInit;
import madvec.api.lhe.LheParticle;
import madvec.api.lhe.LheWriter;
import madvec.model.ParamCard;

/** Test event files: LHE written from momenta (MadGraph's reference dumps, or RAMBO points), as MadGraph lays them out. */
final class Samples {
    private Samples() {}

    /** ../shared/reference, or null where shared/ is absent. */
    static Path reference() {
        Path p = Path.of(System.getProperty("madvec.shared", "../shared"), "reference");
        return Files.isDirectory(p) ? p : null;
    }

    /** Rows of a reference TSV: momenta then me. */
    static List<double[]> readTsv(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            rows.add(Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }

    /** The {@code # pdg:} line of a reference TSV. */
    static int[] pdgs(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# pdg:")) return Arrays.stream(line.substring(6).trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
        }
        throw new IllegalStateException("no pdg line in " + file);
    }

    /** A header as MadGraph writes one: the process card with defines and tags, the card in {@code <slha>}. */
    static LheHeader header(String model, List<String> generateLines, ParamCard card) throws IOException {
        StringBuilder sb = new StringBuilder("<LesHouchesEvents version=\"3.0\">\n<header>\n<MGVersion>\n3.4.2\n</MGVersion>\n");
        sb.append("<MG5ProcCard>\n<![CDATA[\n#* MadGraph5_aMC@NLO (written by a madvec test)\nset group_subprocesses Auto\n");
        sb.append("import model ").append(model).append('\n');
        sb.append("define p = g u c d s u~ c~ d~ s~\ndefine j = g u c d s u~ c~ d~ s~\n");
        for (String g : generateLines) sb.append(g).append('\n');
        sb.append("output pp_tt # a comment\n]]>\n</MG5ProcCard>\n");
        if (card != null) {
            StringWriter w = new StringWriter();
            card.write(w);
            sb.append("<slha>\n").append(w).append("</slha>\n");
        }
        sb.append("</header>\n");
        return LheHeader.of(sb.toString());
    }

    static LheInit init(double sqrtS, double xsec) {
        return new LheInit(2212, 2212, sqrtS / 2, sqrtS / 2, 0, 0, 247000, 247000, 3,
                List.of(new LheInit.Process(xsec, xsec / 100, xsec, 1)), List.of("<generator name='madvec test'>0</generator>"));
    }

    /**
     * An event with the particles of {@code pdgs} (incoming first) at the momenta of {@code row} (E px py
     * pz per particle), written in a shuffled order: incoming swapped when {@code swap}, the final state
     * rotated by {@code rotate}, and a status-2 resonance line first when {@code resonance} is non-zero.
     */
    static LheEvent event(int[] pdgs, double[] row, double weight, boolean swap, int rotate, int resonance) {
        int n = pdgs.length;
        List<LheParticle> ps = new ArrayList<>();
        int[] in = swap ? new int[] {1, 0} : new int[] {0, 1};
        for (int i : in) ps.add(particle(pdgs[i], -1, row, i, 0));
        if (resonance != 0) {
            double[] sum = new double[4];
            for (int i = 2; i < n; i++) for (int mu = 0; mu < 4; mu++) sum[mu] += row[4 * i + mu];
            double m = Math.sqrt(Math.max(0, sum[0] * sum[0] - sum[1] * sum[1] - sum[2] * sum[2] - sum[3] * sum[3]));
            ps.add(new LheParticle(resonance, 2, 1, 2, 0, 0, sum[1], sum[2], sum[3], sum[0], m, 0, 9));
        }
        for (int k = 0; k < n - 2; k++) {
            int i = 2 + (k + rotate) % (n - 2);
            ps.add(particle(pdgs[i], 1, row, i, resonance != 0 ? 3 : 1));
        }
        return new LheEvent("", 1, weight, 91.188, 0.0078186, 0.118, ps, List.of("<mgrwt>", "<rscale>  0 0.91188E+02</rscale>", "</mgrwt>"));
    }

    private static LheParticle particle(int pdg, int status, double[] row, int i, int mother) {
        double e = row[4 * i], px = row[4 * i + 1], py = row[4 * i + 2], pz = row[4 * i + 3];
        double m2 = e * e - px * px - py * py - pz * pz;
        return new LheParticle(pdg, status, status < 0 ? 0 : mother, status < 0 ? 0 : mother == 1 ? 2 : mother,
                0, 0, px, py, pz, e, Math.sqrt(Math.max(0, m2)), 0, 9);
    }

    /** Events of one reference file, shuffled as {@link #event} does, with weights 1 + (i mod 7) / 10. */
    static List<LheEvent> events(int[] pdgs, List<double[]> rows, int resonance) {
        List<LheEvent> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(event(pdgs, rows.get(i), 1 + (i % 7) / 10.0, i % 2 == 1, i % 3, i % 4 == 3 ? resonance : 0));
        }
        return out;
    }

    /** Writes a file (gzipped when the name ends in .gz). */
    static Path write(Path file, LheHeader header, LheInit init, List<LheEvent> events) throws IOException {
        try (LheWriter w = LheWriter.open(file, header, init)) {
            for (LheEvent e : events) w.write(e);
            w.commit();
        }
        return file;
    }

    /** n flat RAMBO momenta of a process at sqrt(s), rows of E px py pz per particle. */
    static List<double[]> rambo(String process, double sqrtS, int n, long seed) {
        var me = madvec.api.MatrixElement.builder(process).sqrtS(sqrtS).build();
        SplittableRandom r = new SplittableRandom(seed);
        double[][] u = new double[me.dimensions()][n];
        for (double[] c : u) for (int l = 0; l < n; l++) c[l] = 0.02 + 0.96 * r.nextDouble();
        double[][] p = me.evaluatePoints(u).momenta();
        List<double[]> rows = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            double[] row = new double[p.length];
            for (int j = 0; j < p.length; j++) row[j] = p[j][l];
            rows.add(row);
        }
        return rows;
    }
}
