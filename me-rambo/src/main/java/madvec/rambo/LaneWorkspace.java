package madvec.rambo;

import madvec.autodiff.DualLanes;

/**
 * Scratch dual lane arrays for one thread's batched RAMBO-on-diet calls, sized once per (n, lanes, k)
 * so that steady-state batches allocate nothing. Four-vectors are {@code DualLanes[4]} indexed by mu.
 */
final class LaneWorkspace {
    final int n;
    final int lanes;
    final int k;
    /** Current cluster Q_j and the next one, swapped after every decay step. */
    DualLanes[] cluster;
    DualLanes[] nextCluster;
    /** A four-vector in a cluster rest frame, and a massless particle in the centre-of-mass frame. */
    final DualLanes[] rest;
    final DualLanes[] particle;
    DualLanes mass;
    DualLanes nextMass;
    final DualLanes ratio;
    final DualLanes momentum;
    final DualLanes cosTheta;
    final DualLanes sinTheta;
    final DualLanes phi;
    final DualLanes cosPhi;
    final DualLanes sinPhi;
    final DualLanes first;
    final DualLanes second;
    final DualLanes scale;
    final DualLanes energySum;
    final DualLanes product;
    final DualLanes sum;
    /** Per final-state particle: |q_i|^2 (forward) or |k_i|^2 (inverse). */
    final DualLanes[] momentumSquared;
    /** Per lane: dF/dxi of the energy equation, and a comparison mask. */
    final double[] slope;
    /** Lanes whose reshuffling scale has converged, during its solve. */
    final boolean[] scaleDone;
    /** Squared mass values, and the raw arrays of {@link #momentumSquared}, for the Newton kernels. */
    final double[] massValues;
    /** Per lane: the final-state total four-momentum, for the inverse's frame check. */
    final double[][] frameTotals;
    final double[][] momentumValues;
    final boolean[] mask;

    LaneWorkspace(int n, int lanes, int k) {
        this.n = n;
        this.lanes = lanes;
        this.k = k;
        cluster = vector(lanes, k);
        nextCluster = vector(lanes, k);
        rest = vector(lanes, k);
        particle = vector(lanes, k);
        mass = DualLanes.create(lanes, k);
        nextMass = DualLanes.create(lanes, k);
        ratio = DualLanes.create(lanes, k);
        momentum = DualLanes.create(lanes, k);
        cosTheta = DualLanes.create(lanes, k);
        sinTheta = DualLanes.create(lanes, k);
        phi = DualLanes.create(lanes, k);
        cosPhi = DualLanes.create(lanes, k);
        sinPhi = DualLanes.create(lanes, k);
        first = DualLanes.create(lanes, k);
        second = DualLanes.create(lanes, k);
        scale = DualLanes.create(lanes, k);
        energySum = DualLanes.create(lanes, k);
        product = DualLanes.create(lanes, k);
        sum = DualLanes.create(lanes, k);
        momentumSquared = new DualLanes[n];
        for (int i = 0; i < n; i++) {
            momentumSquared[i] = DualLanes.create(lanes, k);
        }
        slope = new double[mass.stride()];
        scaleDone = new boolean[mass.stride()];
        massValues = new double[n];
        frameTotals = new double[4][mass.stride()];
        momentumValues = new double[n][];
        mask = new boolean[mass.stride()];
    }

    /** True when this workspace serves batches of {@code lanes} lanes with k tangents. */
    boolean fits(int n, int lanes, int k) {
        return this.n == n && this.lanes == lanes && this.k == k;
    }

    /** Swaps the current and next cluster (and their masses) after a decay step. */
    void advanceCluster() {
        DualLanes[] v = cluster;
        cluster = nextCluster;
        nextCluster = v;
        DualLanes m = mass;
        mass = nextMass;
        nextMass = m;
    }

    private static DualLanes[] vector(int lanes, int k) {
        DualLanes[] v = new DualLanes[4];
        for (int mu = 0; mu < 4; mu++) {
            v[mu] = DualLanes.create(lanes, k);
        }
        return v;
    }
}
