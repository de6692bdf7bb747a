package madvec.simd.kernels;

import java.math.BigDecimal;
import madvec.simd.ComplexLanes;

/**
 * Every complex lane kernel, reachable three ways (Vector API twin, scalar twin, dispatching facade),
 * with its textbook formula evaluated exactly in {@link BigDecimal} as the reference.
 */
enum ComplexKernel {
    ADD(false, true) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.add(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.add(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.add(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            return new Expected(x.ar().add(x.br()), 0, x.ai().add(x.bi()), 0);
        }
    },
    SUB(false, true) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.sub(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.sub(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.sub(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            return new Expected(x.ar().subtract(x.br()), 0, x.ai().subtract(x.bi()), 0);
        }
    },
    MUL(false, false) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.mul(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.mul(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.mul(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            // (ar + i ai)(br + i bi) = ar br - ai bi + i (ar bi + ai br)
            BigDecimal re = x.ar().multiply(x.br()).subtract(x.ai().multiply(x.bi()));
            BigDecimal im = x.ar().multiply(x.bi()).add(x.ai().multiply(x.br()));
            return new Expected(re, x.abs(x.ar(), x.br()) + x.abs(x.ai(), x.bi()),
                    im, x.abs(x.ar(), x.bi()) + x.abs(x.ai(), x.br()));
        }
    },
    MUL_CONJ(false, false) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.mulConj(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.mulConj(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.mulConj(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            // (ar + i ai)(br - i bi) = ar br + ai bi + i (ai br - ar bi)
            BigDecimal re = x.ar().multiply(x.br()).add(x.ai().multiply(x.bi()));
            BigDecimal im = x.ai().multiply(x.br()).subtract(x.ar().multiply(x.bi()));
            return new Expected(re, x.abs(x.ar(), x.br()) + x.abs(x.ai(), x.bi()),
                    im, x.abs(x.ai(), x.br()) + x.abs(x.ar(), x.bi()));
        }
    },
    MUL_ADD(false, false) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.mulAdd(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.mulAdd(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.mulAdd(w.aRe, w.aIm, w.aOff, w.bRe, w.bIm, w.bOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            Expected product = MUL.exact(x);
            return new Expected(x.outRe().add(product.re()), Math.abs(x.outRe().doubleValue()) + product.magnitudeRe(),
                    x.outIm().add(product.im()), Math.abs(x.outIm().doubleValue()) + product.magnitudeIm());
        }
    },
    SCALE(false, true) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.scale(w.factor, w.aRe, w.aIm, w.aOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.scale(w.factor, w.aRe, w.aIm, w.aOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.scale(w.factor, w.aRe, w.aIm, w.aOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            return new Expected(x.ar().multiply(x.factor()), 0, x.ai().multiply(x.factor()), 0);
        }
    },
    SCALE_COMPLEX(false, false) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.scaleComplex(w.sRe, w.sIm, w.aRe, w.aIm, w.aOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.scaleComplex(w.sRe, w.sIm, w.aRe, w.aIm, w.aOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.scaleComplex(w.sRe, w.sIm, w.aRe, w.aIm, w.aOff, w.outRe, w.outIm, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            BigDecimal re = x.sRe().multiply(x.ar()).subtract(x.sIm().multiply(x.ai()));
            BigDecimal im = x.sRe().multiply(x.ai()).add(x.sIm().multiply(x.ar()));
            return new Expected(re, x.abs(x.sRe(), x.ar()) + x.abs(x.sIm(), x.ai()),
                    im, x.abs(x.sRe(), x.ai()) + x.abs(x.sIm(), x.ar()));
        }
    },
    ABS2(true, false) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.abs2(w.aRe, w.aIm, w.aOff, w.real, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.abs2(w.aRe, w.aIm, w.aOff, w.real, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.abs2(w.aRe, w.aIm, w.aOff, w.real, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            BigDecimal abs2 = x.ar().multiply(x.ar()).add(x.ai().multiply(x.ai()));
            return new Expected(abs2, abs2.doubleValue(), null, 0);
        }
    },
    REAL_PART(true, true) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.copy(w.aRe, w.aOff, w.real, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.copy(w.aRe, w.aOff, w.real, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.copy(w.aRe, w.aOff, w.real, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            return new Expected(x.ar(), 0, null, 0);
        }
    },
    IMAG_PART(true, true) {
        @Override void vector(Workspace w) {
            VectorComplexKernels.copy(w.aIm, w.aOff, w.real, w.outOff, w.n);
        }
        @Override void scalar(Workspace w) {
            ScalarComplexKernels.copy(w.aIm, w.aOff, w.real, w.outOff, w.n);
        }
        @Override void facade(Workspace w) {
            ComplexLanes.copy(w.aIm, w.aOff, w.real, w.outOff, w.n);
        }
        @Override Expected exact(Lane x) {
            return new Expected(x.ai(), 0, null, 0);
        }
    };

    /** Whether the result goes to the real output array rather than the complex one. */
    final boolean realOutput;
    /**
     * Whether each output is a single correctly rounded operation (so it must equal the exact
     * value rounded once); otherwise it may be off by the bound in {@link #exact}'s magnitudes.
     */
    final boolean correctlyRounded;

    ComplexKernel(boolean realOutput, boolean correctlyRounded) {
        this.realOutput = realOutput;
        this.correctlyRounded = correctlyRounded;
    }

    /** Runs the Vector API twin on the workspace's slices. */
    abstract void vector(Workspace w);

    /** Runs the scalar twin on the workspace's slices. */
    abstract void scalar(Workspace w);

    /** Runs the dispatching facade on the workspace's slices. */
    abstract void facade(Workspace w);

    /**
     * The textbook value of lane {@code x}, exact, with the magnitude that bounds the rounding error
     * of the fused evaluation: each product not fused is rounded once and the fma rounds once, so the
     * error is at most half an ulp of each, hence at most 2 ulp of the sum of the absolute terms.
     */
    abstract Expected exact(Lane x);

    /** Exact real and imaginary parts (imaginary null for real outputs) and their error scales. */
    record Expected(BigDecimal re, double magnitudeRe, BigDecimal im, double magnitudeIm) {}

    /** The inputs of one lane of a workspace, as exact decimals. */
    record Lane(Workspace w, int lane) {
        BigDecimal ar() { return new BigDecimal(w.aRe[w.aOff + lane]); }
        BigDecimal ai() { return new BigDecimal(w.aIm[w.aOff + lane]); }
        BigDecimal br() { return new BigDecimal(w.bRe[w.bOff + lane]); }
        BigDecimal bi() { return new BigDecimal(w.bIm[w.bOff + lane]); }
        BigDecimal outRe() { return new BigDecimal(w.outRe[w.outOff + lane]); }
        BigDecimal outIm() { return new BigDecimal(w.outIm[w.outOff + lane]); }
        BigDecimal factor() { return new BigDecimal(w.factor); }
        BigDecimal sRe() { return new BigDecimal(w.sRe); }
        BigDecimal sIm() { return new BigDecimal(w.sIm); }

        /** |x y| as a double (rounding here only loosens the bound by a factor 1 + 2^-53). */
        double abs(BigDecimal x, BigDecimal y) {
            return Math.abs(x.multiply(y).doubleValue());
        }
    }
}
