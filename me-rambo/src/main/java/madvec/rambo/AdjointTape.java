package madvec.rambo;

import madvec.autodiff.DualLanes;

/**
 * What a reverse-mode pass of {@link RamboOnDiet} keeps between its forward half (values only) and its
 * pullback: the momenta and weights of a batch of lanes, and per decay step of the chain the cluster,
 * its mass, the mass ratio, the momentum and the direction of the particle split off. Made by
 * {@link #create} for a number of final-state particles and lanes; any map with that many particles
 * can use it (a map is made per parameter point, a tape per thread).
 *
 * <p>Mutable and not thread-safe: one tape belongs to one thread.
 */
public final class AdjointTape {
    final int n;
    final int lanes;
    final int stride;
    /** Values only (k = 0): the points read, the momenta and weight written, the forward's scratch. */
    final DualLanes[] u;
    final double[][] pointValues;
    final DualLanes[] momenta;
    final DualLanes weight;
    final LaneWorkspace work;
    final double[][] momentumValues;
    /** Per decay step j of the chain: Q_j (4 components), M_j, x_j, |p_j|, cos and sin of theta and phi. */
    final double[][][] cluster;
    final double[][] mass, ratio, momentum, cosTheta, sinTheta, cosPhi, sinPhi;
    /** The massless three-momenta q_i before the reshuffling, {@code massless[i][mu - 1]}. */
    final double[][][] massless;
    /** Pullback scratch: the adjoints of q_i (three-momenta), of the running cluster and of its mass. */
    final double[][][] masslessBar;
    final double[][] clusterBar;
    final double[] massBar;
    /** Pullback scratch: per particle the adjoints of m_i^2 and of |k_i|^2; the scale's adjoint, sum_i |k_i|^2 / E_i. */
    final double[][] massSquaredBar;
    final double[][] squareBar;
    final double[] scaleBar;
    final double[] weightSum;
    /** Pullback scratch: per lane, the adjoint of |p_j| and the boost's term of M_j's adjoint. */
    final double[] splitBar;
    final double[] stepMassBar;
    /** Pullback scratch: F_k'(x_j) per lane. */
    final double[] density;

    /**
     * A tape for maps of {@code finalParticles} final-state particles, over passes of {@code lanes} lanes.
     *
     * @param finalParticles n &gt;= 2
     * @param lanes lanes (events) per pass, at least 1
     * @return a new tape
     * @throws IllegalArgumentException for n &lt; 2 or no lanes
     */
    public static AdjointTape create(int finalParticles, int lanes) {
        return new AdjointTape(finalParticles, lanes);
    }

    private AdjointTape(int n, int lanes) {
        if (n < 2) {
            throw new IllegalArgumentException("RAMBO on diet needs n >= 2 final-state particles, got " + n);
        }
        if (lanes < 1) {
            throw new IllegalArgumentException("a tape needs at least one lane, got " + lanes);
        }
        this.n = n;
        this.lanes = lanes;
        this.u = new DualLanes[MasslessChain.dimensions(n)];
        this.pointValues = new double[u.length][];
        for (int c = 0; c < u.length; c++) {
            u[c] = DualLanes.create(lanes, 0);
            pointValues[c] = u[c].array();
        }
        this.momenta = new DualLanes[4 * (n + 2)];
        this.momentumValues = new double[momenta.length][];
        for (int c = 0; c < momenta.length; c++) {
            momenta[c] = DualLanes.create(lanes, 0);
            momentumValues[c] = momenta[c].array();
        }
        this.weight = DualLanes.create(lanes, 0);
        this.stride = weight.stride();
        this.work = new LaneWorkspace(n, lanes, 0);
        int steps = n - 1;
        this.cluster = new double[steps][4][stride];
        this.mass = new double[steps][stride];
        this.ratio = new double[steps][stride];
        this.momentum = new double[steps][stride];
        this.cosTheta = new double[steps][stride];
        this.sinTheta = new double[steps][stride];
        this.cosPhi = new double[steps][stride];
        this.sinPhi = new double[steps][stride];
        this.massless = new double[n][3][stride];
        this.masslessBar = new double[n][3][stride];
        this.clusterBar = new double[4][stride];
        this.massBar = new double[stride];
        this.massSquaredBar = new double[n][stride];
        this.squareBar = new double[n][stride];
        this.scaleBar = new double[stride];
        this.weightSum = new double[stride];
        this.splitBar = new double[stride];
        this.stepMassBar = new double[stride];
        this.density = new double[stride];
    }

    /** Number of final-state particles n. */
    public int finalParticles() {
        return n;
    }

    /** Number of lanes (events) of a pass. */
    public int lanes() {
        return lanes;
    }

    /** Distance between the components of the lane arrays: {@link DualLanes#strideFor strideFor(lanes())}. */
    public int stride() {
        return stride;
    }

    /**
     * The hypercube points the next forward half reads: {@code points()[c]}, lanes {@code [0, lanes())};
     * raw storage, not a copy. The padding lanes up to {@link #stride()} should hold a valid point (the
     * first lane's, say), so that the map computes finite numbers there too.
     */
    public double[][] points() {
        return pointValues;
    }

    /**
     * The momenta of the last forward half, {@code [4 * particle + mu][lane]} in the layout of
     * {@link RamboOnDiet#forward}: raw storage, not a copy, {@link #stride()} entries each.
     */
    public double[][] momenta() {
        return momentumValues;
    }

    /** The weights of the last forward half: raw storage, not a copy, {@link #stride()} entries. */
    public double[] weight() {
        return weight.array();
    }

    /** Records decay step j of the chain from the forward's workspace (values are component 0). */
    void recordStep(int j, LaneWorkspace w) {
        for (int mu = 0; mu < 4; mu++) {
            copy(w.cluster[mu], cluster[j][mu]);
        }
        copy(w.mass, mass[j]);
        copy(w.ratio, ratio[j]);
        copy(w.momentum, momentum[j]);
        copy(w.cosTheta, cosTheta[j]);
        copy(w.sinTheta, sinTheta[j]);
        copy(w.cosPhi, cosPhi[j]);
        copy(w.sinPhi, sinPhi[j]);
    }

    /** Records the massless three-momenta the chain wrote into the final-state slots of the momenta. */
    void recordMassless() {
        for (int i = 0; i < n; i++) {
            for (int mu = 1; mu < 4; mu++) {
                System.arraycopy(momentumValues[4 * (i + LaneChain.INCOMING) + mu], 0, massless[i][mu - 1], 0, stride);
            }
        }
    }

    private void copy(DualLanes from, double[] to) {
        System.arraycopy(from.array(), 0, to, 0, stride);
    }
}
