package madvec.rambo;

import madvec.autodiff.DualLanes;
import madvec.autodiff.DualScalar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RAMBO on diet (S. Platzer, arXiv:1308.2922) with RAMBO's massive reshuffling: an invertible,
 * differentiable map between the unit hypercube of dimension 3n - 4 and the phase space of n final-state
 * particles of any masses at fixed sqrt(s), in the centre-of-mass frame of two beams along the z axis.
 *
 * <p><b>Hypercube.</b> For n massless momenta the total momentum decays in a chain, Q_j -> particle j +
 * Q_{j+1}: coordinates {@code u[0 .. n-3]} fix the cluster masses (M_{j+1}/M_j)^2 by inverting their
 * cumulative distribution (k+1) x^k - k x^(k+1), k = n - 2 - j; {@code u[n-2+2j]} and {@code u[n-1+2j]}
 * give cos(theta) = 2u - 1 and phi = 2 pi u of particle j in the rest frame of Q_j. The massless
 * momenta are then reshuffled to the masses: k_i = xi q_i with xi solving
 * sum_i sqrt(m_i^2 + xi^2 |q_i|^2) = sqrt(s). For n = 2 the two coordinates are cos(theta) and phi.
 *
 * <p><b>Momenta.</b> Arrays of 4(n+2) entries indexed {@code 4 * particle + mu}: incoming a (along +z,
 * mass ma) and b (along -z, mass mb) first, then the n final-state particles; mu 0 = E, 1 = px, 2 = py,
 * 3 = pz, in GeV.
 *
 * <p><b>Weight.</b> The phase-space density of the map, in the measure prod_i d^3p_i/(2E_i)
 * delta^4(P - sum p_i) without factors of 2 pi (see {@link PhaseSpaceVolume}): its mean over the uniform
 * hypercube is the phase-space volume; for massless particles it is that volume at every point.
 *
 * <p><b>Derivatives.</b> The masses are {@link DualScalar}s with k tangents; the batched methods take
 * {@link DualLanes} with the same k, whose tangents the caller seeds (on hypercube coordinates, and on
 * the masses for a parameter such as {@code mass.6}). The two root solves inside (the cluster mass
 * ratio and xi) run on values only; their tangents come from the implicit function theorem.
 *
 * <p><b>Reverse mode.</b> {@link #forward(AdjointTape)} maps values only and keeps what
 * {@link #pullback} needs on an {@link AdjointTape}; the pullback takes adjoints of the momenta and of
 * the weight to those of the coordinates and of the masses' tangent directions (a vector-Jacobian
 * product, the root solves again differentiated implicitly), at a cost that does not grow with the
 * number of directions.
 *
 * <p>Immutable; safe to share between threads (each thread gets its own scratch arrays, sized once
 * per batch shape).
 */
public final class RamboOnDiet {
    /**
     * Relative tolerance of the inverse's input checks: the final-state momenta must sum to
     * (sqrt(s), 0, 0, 0) within this fraction of sqrt(s), and E^2 - |p|^2 must equal m^2 within this
     * fraction of E^2.
     */
    public static final double FRAME_TOLERANCE = 1e-8;

    private static final Logger LOG = LoggerFactory.getLogger(RamboOnDiet.class);

    private final double sqrtS;
    private final int n;
    private final int k;
    private final DualScalar[] finalMasses;
    private final DualScalar[] massSquared;
    private final double[] massSquaredValues;
    private final DualScalar[] beams;
    /** Values only (k = 0) of the squared masses and the beams, for the forward half of reverse mode. */
    private final DualScalar[] massSquaredConstants;
    private final DualScalar[] beamConstants;
    private final double masslessVolume;
    /**
     * Each thread's workspaces, shared by every map (a map is made per parameter point, so per-map
     * workspaces would be made again at every point), one per shape (n, lanes, k).
     */
    private static final ThreadLocal<LaneWorkspace[]> WORKSPACES = ThreadLocal.withInitial(() -> new LaneWorkspace[8]);

    /**
     * A map at fixed sqrt(s); k, the number of tangents of every dual input and output, is that of the
     * masses.
     *
     * @param sqrtS total energy in the centre-of-mass frame, GeV
     * @param ma mass of incoming a (along +z), GeV
     * @param mb mass of incoming b (along -z), GeV
     * @param finalMasses masses of the n &gt;= 2 final-state particles, GeV
     * @throws IllegalArgumentException for n &lt; 2, masses with different k, negative or non-finite
     *     masses, or sqrt(s) at or below the incoming or the final-state threshold
     */
    public RamboOnDiet(double sqrtS, DualScalar ma, DualScalar mb, DualScalar[] finalMasses) {
        PhaseSpaceVolume.checkEnergy(sqrtS);
        if (ma == null || mb == null || finalMasses == null) {
            throw new IllegalArgumentException("masses must not be null");
        }
        if (finalMasses.length < 2) {
            throw new IllegalArgumentException("RAMBO on diet needs n >= 2 final-state particles, got "
                    + finalMasses.length);
        }
        this.sqrtS = sqrtS;
        this.n = finalMasses.length;
        this.k = ma.k();
        checkMass("incoming mass ma", ma);
        checkMass("incoming mass mb", mb);
        this.finalMasses = finalMasses.clone();
        this.massSquared = new DualScalar[n];
        this.massSquaredValues = new double[n];
        double threshold = 0.0;
        for (int i = 0; i < n; i++) {
            DualScalar m = this.finalMasses[i];
            if (m == null) {
                throw new IllegalArgumentException("final-state mass " + i + " is null");
            }
            checkMass("final-state mass " + i, m);
            threshold += m.value();
            massSquared[i] = m.times(m);
            massSquaredValues[i] = massSquared[i].value();
        }
        if (threshold >= sqrtS) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is at or below the final-state threshold "
                    + threshold + " GeV (sum of the final-state masses)");
        }
        if (ma.value() + mb.value() >= sqrtS) {
            throw new IllegalArgumentException("sqrt(s) = " + sqrtS + " GeV is at or below the incoming threshold "
                    + (ma.value() + mb.value()) + " GeV (ma + mb)");
        }
        this.beams = beams(sqrtS, ma, mb);
        this.massSquaredConstants = new DualScalar[n];
        for (int i = 0; i < n; i++) {
            massSquaredConstants[i] = DualScalar.constant(massSquaredValues[i], 0);
        }
        this.beamConstants = new DualScalar[beams.length];
        for (int mu = 0; mu < beams.length; mu++) {
            beamConstants[mu] = DualScalar.constant(beams[mu].value(), 0);
        }
        this.masslessVolume = PhaseSpaceVolume.massless(n, sqrtS);
        LOG.trace("RAMBO on diet: n = {}, sqrt(s) = {} GeV, final-state threshold {} GeV, k = {}", n, sqrtS, threshold, k);
    }

    /**
     * A value-only map (k = 0) with massless beams.
     *
     * @param sqrtS total energy in the centre-of-mass frame, GeV
     * @param finalMasses masses of the n &gt;= 2 final-state particles, GeV
     * @throws IllegalArgumentException as {@link #RamboOnDiet(double, DualScalar, DualScalar, DualScalar[])}
     */
    public RamboOnDiet(double sqrtS, double... finalMasses) {
        this(sqrtS, DualScalar.constant(0.0, 0), DualScalar.constant(0.0, 0), constants(finalMasses));
    }

    /**
     * Total energy in the centre-of-mass frame, GeV.
     *
     * @return sqrt(s) in GeV
     */
    public double sqrtS() {
        return sqrtS;
    }

    /**
     * Number of final-state particles n.
     *
     * @return n
     */
    public int finalParticles() {
        return n;
    }

    /**
     * Hypercube dimension 3n - 4.
     *
     * @return 3n - 4
     */
    public int dimensions() {
        return MasslessChain.dimensions(n);
    }

    /**
     * Number of tangents of the masses, and of every dual array the batched methods take.
     *
     * @return k
     */
    public int k() {
        return k;
    }

    /**
     * Length of a momenta array: 4(n + 2).
     *
     * @return 4(n + 2)
     */
    public int momentumComponents() {
        return 4 * (n + 2);
    }

    /**
     * Batched forward map: hypercube points to momenta and weights, one event per lane, tangents
     * propagated from {@code u} and from the masses.
     *
     * @param u {@link #dimensions()} arrays, coordinate c of lane i being {@code u[c].value(i)}, in [0, 1]
     * @param momenta {@link #momentumComponents()} arrays, written
     * @param weight the weight of each lane, written
     * @throws IllegalArgumentException for wrong array counts, differing lanes or k, or a coordinate
     *     outside [0, 1] (named with its lane)
     */
    public void forward(DualLanes[] u, DualLanes[] momenta, DualLanes weight) {
        int lanes = checkShapes(u, momenta, weight);
        checkUnitInterval(u);
        LaneWorkspace w = workspace(lanes);
        for (int mu = 0; mu < 8; mu++) {
            momenta[mu].fill(beams[mu]);
        }
        LaneChain.forward(n, sqrtS, u, momenta, w);
        LaneReshuffling.forward(sqrtS, massSquared, masslessVolume, momenta, weight, w);
    }

    /**
     * Reverse mode, forward half: the momenta and weights (values only) of the points in
     * {@link AdjointTape#points()}, into {@link AdjointTape#momenta()} and {@link AdjointTape#weight()},
     * keeping on the tape what {@link #pullback} needs. Padding lanes are computed like the others.
     *
     * @param tape a tape ({@link AdjointTape#create}) of this map's number of particles, its points filled
     * @throws IllegalArgumentException for a tape of another number of particles, or a coordinate
     *     outside [0, 1] (named with its lane)
     */
    public void forward(AdjointTape tape) {
        checkTape(tape);
        checkUnitInterval(tape.u);
        for (int mu = 0; mu < 8; mu++) {
            tape.momenta[mu].fill(beamConstants[mu]);
        }
        LaneChain.forward(n, sqrtS, tape.u, tape.momenta, tape.work, tape);
        tape.recordMassless();
        LaneReshuffling.forward(sqrtS, massSquaredConstants, masslessVolume, tape.momenta, tape.weight, tape.work, true);
    }

    /**
     * Reverse mode, pullback (a vector-Jacobian product) at the points of the last {@link #forward(AdjointTape)}
     * of this map on {@code tape}: for a function L of the momenta and the weight, given its adjoints
     * pbar = dL/dp and wbar = dL/dw, the adjoints dL/du of the coordinates and dL/dt along the masses'
     * k tangent directions. The root solves (cluster masses, reshuffling scale) are differentiated
     * implicitly. Every lane up to {@link AdjointTape#stride()} is computed; the padding lanes mean nothing.
     *
     * @param tape the tape of the forward half
     * @param momentumBar dL/dp, {@code [4 * particle + mu][lane]} in the layout of the momenta (incoming
     *     included), at least {@link AdjointTape#stride()} entries each; null when L does not depend on them
     * @param weightBar dL/dw, the same on every lane
     * @param uBar receives dL/du, {@link #dimensions()} arrays of at least {@link AdjointTape#stride()}
     *     entries
     * @param tangents null, or (k + 1) {@link AdjointTape#stride()} entries: entry
     *     {@code t * stride + lane}, t = 1..k, gets the terms of dL/dt that go through the masses added
     * @throws IllegalArgumentException for a tape of another number of particles or wrong array counts
     */
    public void pullback(AdjointTape tape, double[][] momentumBar, double weightBar, double[][] uBar, double[] tangents) {
        checkTape(tape);
        if (momentumBar != null && momentumBar.length != momentumComponents()) {
            throw new IllegalArgumentException("momentum adjoints need " + momentumComponents() + " arrays, got "
                    + momentumBar.length);
        }
        if (uBar == null || uBar.length != dimensions()) {
            throw new IllegalArgumentException("coordinate adjoints need " + dimensions() + " arrays");
        }
        LaneAdjoint.reshuffling(tape, momentumBar, weightBar);
        LaneAdjoint.chain(tape, uBar);
        if (tangents != null && k > 0) {
            addMassTerms(tape, momentumBar, tangents);
        }
    }

    /** tangents[t] += sum_i (m_i^2)bar d(m_i^2)/dt + sum over beam components of pbar dp/dt. */
    private void addMassTerms(AdjointTape tape, double[][] momentumBar, double[] tangents) {
        int stride = tape.stride;
        for (int t = 1; t <= k; t++) {
            int to = t * stride;
            for (int i = 0; i < n; i++) {
                double d = massSquared[i].tangent(t - 1);
                if (d != 0.0) {
                    addScaled(tape.massSquaredBar[i], d, tangents, to, stride);
                }
            }
            for (int mu = 0; momentumBar != null && mu < 8; mu++) {
                double d = beams[mu].tangent(t - 1);
                if (d != 0.0) {
                    addScaled(momentumBar[mu], d, tangents, to, stride);
                }
            }
        }
    }

    private static void addScaled(double[] from, double factor, double[] to, int offset, int length) {
        for (int l = 0; l < length; l++) {
            to[offset + l] += factor * from[l];
        }
    }

    private void checkTape(AdjointTape tape) {
        if (tape == null || tape.n != n) {
            throw new IllegalArgumentException("the tape is for " + (tape == null ? "nothing" : tape.n
                    + " final-state particles") + ", this map has " + n);
        }
    }

    /**
     * Batched inverse map: final-state momenta to hypercube points and the weight there (the same
     * weight {@link #forward} gives at that point). The incoming momenta are not read.
     *
     * @param momenta {@link #momentumComponents()} arrays in the layout of {@link #forward}
     * @param u {@link #dimensions()} arrays, written
     * @param weight the weight of each lane, written
     * @throws IllegalArgumentException for wrong array counts, differing lanes or k, or a lane whose
     *     final state is not in the centre-of-mass frame or has a particle off its mass shell
     *     (see {@link #FRAME_TOLERANCE})
     */
    public void inverse(DualLanes[] momenta, DualLanes[] u, DualLanes weight) {
        int lanes = checkShapes(u, momenta, weight);
        LaneWorkspace w = workspace(lanes);
        if (!finalStatesValid(momenta, w)) {
            double[] event = new double[momentumComponents()];
            for (int lane = 0; lane < lanes; lane++) {
                for (int c = 8; c < event.length; c++) {
                    event[c] = momenta[c].value(lane);
                }
                checkFinalState(event, " in lane " + lane);
            }
        }
        LaneReshuffling.inverse(sqrtS, massSquared, masslessVolume, momenta, weight, w);
        LaneChain.inverse(n, momenta, w.scale, u, w);
    }

    /**
     * Forward map of one event, values only (the masses' values; tangents ignored).
     *
     * @param u the {@link #dimensions()} coordinates, each in [0, 1]
     * @param momenta receives {@link #momentumComponents()} entries
     * @return the weight of the event
     * @throws IllegalArgumentException for wrong lengths or a coordinate outside [0, 1] (named)
     */
    public double forward(double[] u, double[] momenta) {
        checkLength("hypercube point", u, dimensions());
        checkLength("momenta", momenta, momentumComponents());
        checkUnitInterval(u);
        double[] q = new double[4 * n];
        MasslessChain.forward(n, sqrtS, u, q);
        for (int mu = 0; mu < 8; mu++) {
            momenta[mu] = beams[mu].value();
        }
        return masslessVolume * Reshuffling.apply(sqrtS, massSquaredValues, q, momenta, 8);
    }

    /**
     * Inverse map of one event, values only: the hypercube point of the final-state momenta, and the
     * weight there. The incoming momenta are not read.
     *
     * @param momenta {@link #momentumComponents()} entries in the layout of {@link #forward}
     * @param u receives the {@link #dimensions()} coordinates
     * @return the weight at that point
     * @throws IllegalArgumentException for wrong lengths, a final state that is not in the
     *     centre-of-mass frame, or a particle off its mass shell (see {@link #FRAME_TOLERANCE})
     */
    public double inverse(double[] momenta, double[] u) {
        checkLength("momenta", momenta, momentumComponents());
        checkLength("hypercube point", u, dimensions());
        checkFinalState(momenta, "");
        double[] momentumSquared = new double[n];
        double absoluteSum = 0.0;
        for (int i = 0; i < n; i++) {
            int o = 4 * (i + 2);
            momentumSquared[i] = momenta[o + 1] * momenta[o + 1] + momenta[o + 2] * momenta[o + 2]
                    + momenta[o + 3] * momenta[o + 3];
            absoluteSum += Math.sqrt(momentumSquared[i]);
        }
        double xi = absoluteSum / sqrtS;
        double[] q = new double[4 * n];
        double[] masslessSquared = new double[n];
        for (int i = 0; i < n; i++) {
            for (int mu = 1; mu < 4; mu++) {
                q[4 * i + mu] = momenta[4 * (i + 2) + mu] / xi;
            }
            masslessSquared[i] = momentumSquared[i] / (xi * xi);
        }
        MasslessChain.inverse(n, q, u);
        return masslessVolume * Reshuffling.weightFactor(sqrtS, xi, massSquaredValues, masslessSquared);
    }

    /** Throws unless every entry is in [0, 1], naming the first coordinate that is not. */
    static void checkUnitInterval(double[] u) {
        for (int c = 0; c < u.length; c++) {
            if (!(u[c] >= 0.0 && u[c] <= 1.0)) {
                throw new IllegalArgumentException("hypercube coordinate u[" + c + "] = " + u[c] + " is outside [0, 1]");
            }
        }
    }

    private static void checkUnitInterval(DualLanes[] u) {
        for (int c = 0; c < u.length; c++) {
            double[] values = u[c].array();
            int lanes = u[c].lanes();
            // a branch-free min/max pass (NaN propagates through both) finds that all is well; only a
            // bad coordinate pays for the search that names its lane
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int lane = 0; lane < lanes; lane++) {
                min = Math.min(min, values[lane]);
                max = Math.max(max, values[lane]);
            }
            if (min >= 0.0 && max <= 1.0) {
                continue;
            }
            for (int lane = 0; lane < lanes; lane++) {
                if (!(values[lane] >= 0.0 && values[lane] <= 1.0)) {
                    throw new IllegalArgumentException("hypercube coordinate u[" + c + "] = " + values[lane]
                            + " in lane " + lane + " is outside [0, 1]");
                }
            }
        }
    }

    /**
     * The checks of {@link #checkFinalState} on every lane at once, as loops over the lane arrays; false
     * if any lane fails (the caller then finds the lane and the reason).
     */
    private boolean finalStatesValid(DualLanes[] momenta, LaneWorkspace w) {
        int lanes = w.lanes;
        double[][] total = w.frameTotals;
        for (double[] t : total) {
            java.util.Arrays.fill(t, 0.0);
        }
        boolean valid = true;
        for (int i = 0; i < n; i++) {
            int o = 4 * (i + 2);
            double[] e = momenta[o].array();
            double[] x = momenta[o + 1].array();
            double[] y = momenta[o + 2].array();
            double[] z = momenta[o + 3].array();
            double m2 = massSquaredValues[i];
            for (int lane = 0; lane < lanes; lane++) {
                double e2 = e[lane] * e[lane];
                double offShell = e2 - (x[lane] * x[lane] + y[lane] * y[lane] + z[lane] * z[lane]) - m2;
                valid &= e[lane] > 0.0 && Math.abs(offShell) <= FRAME_TOLERANCE * e2;
                total[0][lane] += e[lane];
                total[1][lane] += x[lane];
                total[2][lane] += y[lane];
                total[3][lane] += z[lane];
            }
        }
        double limit = FRAME_TOLERANCE * sqrtS;
        for (int lane = 0; lane < lanes; lane++) {
            valid &= Math.abs(total[0][lane] - sqrtS) <= limit && Math.abs(total[1][lane]) <= limit
                    && Math.abs(total[2][lane]) <= limit && Math.abs(total[3][lane]) <= limit;
        }
        return valid;
    }

    /** Throws unless the final state sums to (sqrt(s), 0, 0, 0) and every particle is on its mass shell. */
    private void checkFinalState(double[] momenta, String where) {
        double[] total = new double[4];
        double limit = FRAME_TOLERANCE * sqrtS;
        for (int i = 0; i < n; i++) {
            int o = 4 * (i + 2);
            double e = momenta[o];
            double p2 = momenta[o + 1] * momenta[o + 1] + momenta[o + 2] * momenta[o + 2] + momenta[o + 3] * momenta[o + 3];
            double offShell = e * e - p2 - massSquaredValues[i];
            if (!(e > 0.0) || !(Math.abs(offShell) <= FRAME_TOLERANCE * e * e)) {
                throw new IllegalArgumentException("final-state particle " + i + where + " is off its mass shell: E = " + e
                        + " GeV, E^2 - |p|^2 = " + (e * e - p2) + " GeV^2 for mass^2 = " + massSquaredValues[i] + " GeV^2");
            }
            for (int mu = 0; mu < 4; mu++) {
                total[mu] += momenta[o + mu];
            }
        }
        if (!(Math.abs(total[0] - sqrtS) <= limit && Math.abs(total[1]) <= limit && Math.abs(total[2]) <= limit
                && Math.abs(total[3]) <= limit)) {
            throw new IllegalArgumentException("final-state momenta" + where + " are not in the centre-of-mass frame: total (E, px, py, pz) = ("
                    + total[0] + ", " + total[1] + ", " + total[2] + ", " + total[3] + ") GeV, expected (" + sqrtS
                    + ", 0, 0, 0)");
        }
    }

    private int checkShapes(DualLanes[] u, DualLanes[] momenta, DualLanes weight) {
        if (u == null || momenta == null || weight == null) {
            throw new IllegalArgumentException("u, momenta and weight must not be null");
        }
        if (u.length != dimensions()) {
            throw new IllegalArgumentException("RAMBO on diet for n = " + n + " has " + dimensions()
                    + " hypercube coordinates, got " + u.length + " arrays");
        }
        if (momenta.length != momentumComponents()) {
            throw new IllegalArgumentException("momenta need 4 (n + 2) = " + momentumComponents() + " arrays, got "
                    + momenta.length);
        }
        int lanes = weight.lanes();
        checkShape("weight", weight, lanes);
        for (int c = 0; c < u.length; c++) {
            checkShape("u[" + c + "]", u[c], lanes);
        }
        for (int c = 0; c < momenta.length; c++) {
            checkShape("momenta[" + c + "]", momenta[c], lanes);
        }
        return lanes;
    }

    private void checkShape(String name, DualLanes a, int lanes) {
        if (a == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (a.lanes() != lanes || a.k() != k) {
            throw new IllegalArgumentException(name + " has lanes = " + a.lanes() + ", k = " + a.k() + "; expected lanes = "
                    + lanes + " (as weight), k = " + k + " (as the masses)");
        }
    }

    private LaneWorkspace workspace(int lanes) {
        LaneWorkspace[] cache = WORKSPACES.get();
        for (LaneWorkspace w : cache) {
            if (w != null && w.fits(n, lanes, k)) {
                return w;
            }
        }
        LaneWorkspace w = new LaneWorkspace(n, lanes, k);
        // most recently made first; the oldest shape drops out
        System.arraycopy(cache, 0, cache, 1, cache.length - 1);
        cache[0] = w;
        return w;
    }

    private void checkMass(String name, DualScalar m) {
        if (m.k() != k) {
            throw new IllegalArgumentException(name + " has k = " + m.k() + " tangents, ma has k = " + k
                    + "; all masses need the same k");
        }
        if (!(m.value() >= 0.0) || Double.isInfinite(m.value())) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + m.value());
        }
    }

    private static void checkLength(String name, double[] a, int expected) {
        if (a == null || a.length != expected) {
            throw new IllegalArgumentException(name + " needs " + expected + " entries, got "
                    + (a == null ? "null" : String.valueOf(a.length)));
        }
    }

    private static DualScalar[] constants(double[] masses) {
        if (masses == null) {
            throw new IllegalArgumentException("masses must not be null");
        }
        DualScalar[] d = new DualScalar[masses.length];
        for (int i = 0; i < masses.length; i++) {
            d[i] = DualScalar.constant(masses[i], 0);
        }
        return d;
    }

    /**
     * The beam four-momenta (E_a, 0, 0, p, E_b, 0, 0, -p) with E_a = (s + ma^2 - mb^2)/(2 sqrt(s)) and
     * p = sqrt((s - (ma+mb)^2)(s - (ma-mb)^2))/(2 sqrt(s)), in dual arithmetic.
     */
    private static DualScalar[] beams(double sqrtS, DualScalar ma, DualScalar mb) {
        DualScalar sum = ma.plus(mb);
        DualScalar difference = ma.minus(mb);
        DualScalar lambda = sum.negate().plus(sqrtS).times(sum.plus(sqrtS))
                .times(difference.negate().plus(sqrtS)).times(difference.plus(sqrtS));
        DualScalar p = lambda.sqrt().div(2.0 * sqrtS);
        DualScalar shift = sum.times(difference).div(2.0 * sqrtS);
        DualScalar ea = shift.plus(0.5 * sqrtS);
        DualScalar eb = shift.negate().plus(0.5 * sqrtS);
        DualScalar zero = DualScalar.constant(0.0, ma.k());
        return new DualScalar[] {ea, zero, zero, p, eb, zero, zero, p.negate()};
    }
}
