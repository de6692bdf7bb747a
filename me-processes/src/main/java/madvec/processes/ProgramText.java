package madvec.processes;

import java.util.Locale;

/**
 * The text form of a {@link Program}: a header, one line per external wavefunction, one line per
 * operation (its ALOHA-style routine name, inputs, output, couplings by name, propagator), the colour
 * terms and the colour matrix. Deterministic (numbers in Java's shortest round-trip form), so that a
 * golden file can pin a program and a diff shows what a change to the generator did.
 */
final class ProgramText {
    private ProgramText() {}

    static String of(Program p) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(p.process()).append('\n');
        b.append(String.format(Locale.ROOT, "# %d externals, %d slots, %d operations, %d amplitudes, %d colour flows,"
                + " average %s%n", p.particles(), p.slots(), p.operations().size(), p.amplitudes(), p.jamps(),
                p.average()));
        for (int i = 0; i < p.particles(); i++) {
            External e = p.externals().get(i);
            b.append("w").append(i).append(" = external(pdg ").append(e.pdg()).append(e.incoming() ? ", in, " : ", out, ")
                    .append(e.kind()).append(", flow ").append(e.flow() > 0 ? "+1" : "-1").append(", helicities");
            for (int h : e.helicities()) b.append(' ').append(h);
            b.append(")\n");
        }
        for (Operation op : p.operations()) {
            b.append(op.isAmplitude() ? "amp" + op.amplitude() : "w" + op.out()).append(" = ")
                    .append(op.polynomial() != null ? op.polynomial().name() : op.structure().alohaName(op.isAmplitude()))
                    .append('(');
            int[] in = op.inputs();
            for (int j = 0; j < in.length; j++) b.append(j == 0 ? "w" : ", w").append(in[j]);
            if (op.isAmplitude()) {
                b.append(", w").append(op.out());
            }
            b.append("; ").append(p.couplings().get(op.couplingLeft()));
            if (op.couplingRight() != op.couplingLeft()) {
                b.append(", ").append(p.couplings().get(op.couplingRight()));
            }
            b.append(')');
            if (op.factors() != null) {
                b.append(" pairings");
                for (double f : op.factors()) b.append(' ').append(f);
            }
            if (!op.isAmplitude()) {
                b.append(" propagator ").append(op.propagator()).append(" pdg ").append(op.pdg());
            }
            b.append('\n');
        }
        for (ColourTerm t : p.colourTerms()) {
            b.append("jamp").append(t.jamp()).append(" += (").append(t.re()).append(t.im() < 0 ? " - " : " + ")
                    .append(Math.abs(t.im())).append("i) amp").append(t.amplitude()).append('\n');
        }
        double[][] m = p.colourMatrix();
        for (int i = 0; i < m.length; i++) {
            b.append("colour ").append(i).append(':');
            for (double x : m[i]) b.append(' ').append(x);
            b.append('\n');
        }
        return b.toString();
    }
}
