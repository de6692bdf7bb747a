package madvec.rambo;

import static jdk.incubator.vector.VectorOperators.SQRT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import madvec.simd.vector.Species;

/**
 * Vector API kernels of RAMBO's pullback ({@link LaneAdjoint}), one event per lane, over every lane of
 * an {@link AdjointTape} (its stride is a multiple of the vector length); twin of
 * {@link PlainPullbackKernels}, with the same operations in the same order (no fused multiply-adds), so
 * that the two agree bit for bit. Loaded only when {@code Simd.VECTOR} is true.
 */
final class SimdPullbackKernels {
    private static final VectorSpecies<Double> D = Species.D;
    private static final int L = Species.LANES;

    private SimdPullbackKernels() {}

    /**
     * Particle i's momentum terms of the reshuffling: E_i = sqrt(m_i^2 + K_i), K_i = xi^2 |q_i|^2 and
     * k_i = xi q_i. Writes the adjoints of K_i, m_i^2 and q_i, adds into xi's.
     */
    static void massive(AdjointTape t, int i, double[][] momentumBar, int base) {
        double[] xi = t.work.scale.array(), xiBar = t.scaleBar;
        double[] k2 = t.work.momentumSquared[i].array(), e = t.momentumValues[base];
        double[] qx = t.massless[i][0], qy = t.massless[i][1], qz = t.massless[i][2];
        double[] qbx = t.masslessBar[i][0], qby = t.masslessBar[i][1], qbz = t.masslessBar[i][2];
        double[] kBar = t.squareBar[i], m2Bar = t.massSquaredBar[i];
        double[] eb = momentumBar[base], kbx = momentumBar[base + 1], kby = momentumBar[base + 2], kbz = momentumBar[base + 3];
        for (int l = 0; l < t.stride; l += L) {
            DoubleVector half = v(eb, l).mul(0.5).div(v(e, l));
            DoubleVector x = v(xi, l);
            half.intoArray(m2Bar, l);
            half.intoArray(kBar, l);
            DoubleVector bx = v(kbx, l), by = v(kby, l), bz = v(kbz, l);
            DoubleVector sum = half.mul(2.0).mul(v(k2, l)).div(x)
                    .add(bx.mul(v(qx, l))).add(by.mul(v(qy, l))).add(bz.mul(v(qz, l)));
            v(xiBar, l).add(sum).intoArray(xiBar, l);
            x.mul(bx).intoArray(qbx, l);
            x.mul(by).intoArray(qby, l);
            x.mul(bz).intoArray(qbz, l);
        }
    }

    /** Particle i's terms through xi's root (lambda in {@code t.scaleBar}) and through |q_i|^2 = q_i . q_i. */
    static void rootTerm(AdjointTape t, int i) {
        double[] xi = t.work.scale.array(), lambda = t.scaleBar;
        double[] e = t.momentumValues[4 * (i + LaneChain.INCOMING)];
        double[] qx = t.massless[i][0], qy = t.massless[i][1], qz = t.massless[i][2];
        double[] qbx = t.masslessBar[i][0], qby = t.masslessBar[i][1], qbz = t.masslessBar[i][2];
        double[] kBar = t.squareBar[i], m2Bar = t.massSquaredBar[i];
        for (int l = 0; l < t.stride; l += L) {
            DoubleVector half = v(lambda, l).mul(0.5).div(v(e, l));
            v(m2Bar, l).sub(half).intoArray(m2Bar, l);
            DoubleVector x = v(xi, l);
            DoubleVector twice = x.mul(x).mul(v(kBar, l).sub(half)).mul(2.0);
            v(qbx, l).add(twice.mul(v(qx, l))).intoArray(qbx, l);
            v(qby, l).add(twice.mul(v(qy, l))).intoArray(qby, l);
            v(qbz, l).add(twice.mul(v(qz, l))).intoArray(qbz, l);
        }
    }

    /**
     * Step j's boost q_j = B(Q_j, M_j) r_j, r_j = |p| (1, sin theta cos phi, sin theta sin phi, cos theta):
     * q_j's adjoint is its own less Q_{j+1}'s; adds into Q_j's adjoint (holding Q_{j+1}'s), writes M_j's
     * boost term into {@code t.stepMassBar}, |p|'s adjoint into {@code t.splitBar} and the direction
     * coordinates' adjoints.
     */
    static void boost(AdjointTape t, int j, double[] cosBar, double[] phiBar) {
        double[] p0 = t.cluster[j][0], p1 = t.cluster[j][1], p2 = t.cluster[j][2], p3 = t.cluster[j][3];
        double[] mass = t.mass[j], momentum = t.momentum[j];
        double[] cosT = t.cosTheta[j], sinT = t.sinTheta[j], cosP = t.cosPhi[j], sinP = t.sinPhi[j];
        double[] b0 = t.clusterBar[0], b1 = t.clusterBar[1], b2 = t.clusterBar[2], b3 = t.clusterBar[3];
        double[] q1 = t.masslessBar[j][0], q2 = t.masslessBar[j][1], q3 = t.masslessBar[j][2];
        double[] mb = t.stepMassBar, pb = t.splitBar;
        double twoPi = 2.0 * Math.PI;
        for (int l = 0; l < t.stride; l += L) {
            DoubleVector p = v(momentum, l), s = v(sinT, l), c = v(cosT, l), cp = v(cosP, l), sp = v(sinP, l);
            DoubleVector ps = p.mul(s);
            DoubleVector r1 = ps.mul(cp), r2 = ps.mul(sp), r3 = p.mul(c);
            DoubleVector e = v(p0, l), m = v(mass, l), x1 = v(p1, l), x2 = v(p2, l), x3 = v(p3, l);
            DoubleVector ePrime = e.mul(p).add(x1.mul(r1).add(x2.mul(r2)).add(x3.mul(r3))).div(m);
            DoubleVector inverseB = DoubleVector.broadcast(D, 1.0).div(e.add(m));
            DoubleVector f = p.add(ePrime).mul(inverseB);
            DoubleVector c0 = v(b0, l), c1 = v(b1, l), c2 = v(b2, l), c3 = v(b3, l);
            DoubleVector o1 = v(q1, l).sub(c1), o2 = v(q2, l).sub(c2), o3 = v(q3, l).sub(c3);
            DoubleVector fBar = o1.mul(x1).add(o2.mul(x2)).add(o3.mul(x3));
            DoubleVector aBar = fBar.mul(inverseB), bBar = fBar.neg().mul(f).mul(inverseB);
            DoubleVector ePrimeBar = c0.neg().add(aBar);
            DoubleVector dBar = ePrimeBar.div(m);
            bBar.sub(ePrimeBar.mul(ePrime).div(m)).intoArray(mb, l);
            DoubleVector rb0 = aBar.add(dBar.mul(e));
            DoubleVector rb1 = o1.add(dBar.mul(x1)), rb2 = o2.add(dBar.mul(x2)), rb3 = o3.add(dBar.mul(x3));
            c0.add(bBar.add(dBar.mul(p))).intoArray(b0, l);
            c1.add(o1.mul(f).add(dBar.mul(r1))).intoArray(b1, l);
            c2.add(o2.mul(f).add(dBar.mul(r2))).intoArray(b2, l);
            c3.add(o3.mul(f).add(dBar.mul(r3))).intoArray(b3, l);
            DoubleVector transverse = rb1.mul(cp).add(rb2.mul(sp));
            rb0.add(transverse.mul(s)).add(rb3.mul(c)).intoArray(pb, l);
            DoubleVector sBar = p.mul(transverse);
            DoubleVector cBar = p.mul(rb3).sub(sBar.mul(c).div(s));
            cBar.mul(2.0).intoArray(cosBar, l);
            p.mul(twoPi).mul(s).mul(rb2.mul(cp).sub(rb1.mul(sp))).intoArray(phiBar, l);
        }
    }

    /**
     * Step j's mass ratio: |p| = M_j (1 - x) / 2 and M_{j+1} = M_j sqrt(x), x the root of F_k(x) = u_j,
     * so that u_j's adjoint is x's over F_k'(x) = k (k + 1) x^(k-1) (1 - x); {@code t.massBar} goes from
     * M_{j+1}'s adjoint to M_j's.
     */
    static void ratio(AdjointTape t, int j, int k, double[] uBar) {
        double[] x = t.ratio[j], mass = t.mass[j], pb = t.splitBar, boostBar = t.stepMassBar, mb = t.massBar;
        for (int l = 0; l < t.stride; l += L) {
            DoubleVector r = v(x, l), m = v(mass, l), root = r.lanewise(SQRT), next = v(mb, l), split = v(pb, l);
            DoubleVector gap = DoubleVector.broadcast(D, 1.0).sub(r);
            v(boostBar, l).add(split.mul(0.5).mul(gap)).add(next.mul(root)).intoArray(mb, l);
            DoubleVector xBar = m.mul(0.5).mul(next.div(root).sub(split));
            DoubleVector density = DoubleVector.broadcast(D, k * (k + 1.0));
            for (int i = 1; i < k; i++) {
                density = density.mul(r);
            }
            xBar.div(density.mul(gap)).intoArray(uBar, l);
        }
    }

    private static DoubleVector v(double[] a, int l) {
        return DoubleVector.fromArray(D, a, l);
    }
}
