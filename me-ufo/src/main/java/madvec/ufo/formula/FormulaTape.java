package madvec.ufo.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The compiled formulas of a model flattened into one straight-line program over registers of
 * complex dual numbers held in a single {@code double[]}: the fast path of
 * {@code UfoParameters.evaluate}, allocation-free apart from that array. The expression trees
 * ({@link Formula#eval}) stay as its reference twin, and give the same numbers (tests compare them).
 *
 * <p>Register r with k tangents occupies {@code 2 (k + 1)} doubles from {@code r * 2 (k + 1)}: the real
 * part's value and tangents, then the imaginary part's. Registers 0 to n-1 are the model's slots
 * (inputs, internal parameters, couplings); temporaries follow, reused from one formula to the next.
 * The arithmetic mirrors {@link ComplexDuals}: a register whose imaginary components are all zero is
 * real, and real values in a real function's domain use the real function.
 */
public final class FormulaTape {
    private static final int CONST = 0;
    private static final int NEG = 1;
    private static final int ADD = 2;
    private static final int SUB = 3;
    private static final int MUL = 4;
    private static final int DIV = 5;
    private static final int POW = 6;
    private static final int COMPLEX = 7;
    private static final int CALL = 8;
    private static final int JUMP_IF_NONZERO = 9;
    private static final int JUMP = 10;
    private static final int COPY = 11;
    private static final int END_SLOT = 12;

    /** Instructions: opcode, destination, operand a, operand b (or jump target, or function ordinal). */
    private final int[] code;
    private final double[] constants;
    private final int length;
    private final int registers;
    private final boolean[] realSlot;

    /** A formula that has no value at this point: which slot, and why. */
    public static final class NoValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The slot whose formula has no value. */
        public final int slot;
        /** True for an arithmetic failure inside the formula (division by zero, log 0). */
        public final boolean arithmetic;

        NoValue(int slot, boolean arithmetic, String why) {
            super(why, null, false, false);
            this.slot = slot;
            this.arithmetic = arithmetic;
        }
    }

    private final int first;
    private final double realTolerance;

    private FormulaTape(int[] code, double[] constants, int length, int registers, boolean[] realSlot, int first,
            double realTolerance) {
        this.first = first;
        this.realTolerance = realTolerance;
        this.code = code;
        this.constants = constants;
        this.length = length;
        this.registers = registers;
        this.realSlot = realSlot;
    }

    /** Registers a run needs. */
    public int registers() {
        return registers;
    }

    /**
     * Compiles the formulas of slots {@code first..} (null entries before are inputs).
     *
     * @param real which slots are declared real: their imaginary part must vanish within
     *     {@code realTolerance} relative to max(1, |re|), and is then dropped
     */
    public static FormulaTape compile(Formula[] formulas, int first, boolean[] real, double realTolerance) {
        Builder b = new Builder(formulas.length);
        for (int s = first; s < formulas.length; s++) {
            b.emit(formulas[s], s);
            b.add(END_SLOT, s, 0, 0);
        }
        return new FormulaTape(Arrays.copyOf(b.code, b.n * 4), Arrays.copyOf(b.constants, b.n * 2), b.n,
                formulas.length + b.maxTemps, real.clone(), first, realTolerance);
    }

    private static final class Builder {
        int[] code = new int[1024];
        double[] constants = new double[512];
        int n;
        final int slots;
        final Deque<Integer> free = new ArrayDeque<>();
        int temps;
        int maxTemps;

        Builder(int slots) {
            this.slots = slots;
        }

        int add(int op, int dst, int a, int b) {
            if ((n + 1) * 4 > code.length) {
                code = Arrays.copyOf(code, code.length * 2);
                constants = Arrays.copyOf(constants, constants.length * 2);
            }
            code[n * 4] = op;
            code[n * 4 + 1] = dst;
            code[n * 4 + 2] = a;
            code[n * 4 + 3] = b;
            return n++;
        }

        int temp() {
            if (!free.isEmpty()) {
                return free.pop();
            }
            maxTemps = Math.max(maxTemps, ++temps);
            return slots + temps - 1;
        }

        void release(int r) {
            if (r >= slots) {
                free.push(r);
            }
        }

        /** The register holding f's value: a slot as is, otherwise a temporary computed now. */
        int operand(Formula f) {
            if (f instanceof Formula.Slot s) {
                return s.index();
            }
            int t = temp();
            emit(f, t);
            return t;
        }

        void emit(Formula f, int dst) {
            switch (f) {
                case Formula.Constant c -> {
                    int i = add(CONST, dst, 0, 0);
                    constants[i * 2] = c.re();
                    constants[i * 2 + 1] = c.im();
                }
                case Formula.Slot s -> add(COPY, dst, s.index(), 0);
                case Formula.Negate x -> unary(NEG, dst, x.x(), 0);
                case Formula.Sum s -> binary(s.minus() ? SUB : ADD, dst, s.a(), s.b());
                case Formula.Product p -> binary(MUL, dst, p.a(), p.b());
                case Formula.Quotient q -> binary(DIV, dst, q.a(), q.b());
                case Formula.Power p -> binary(POW, dst, p.base(), p.exponent());
                case Formula.ComplexOf c -> binary(COMPLEX, dst, c.re(), c.im());
                case Formula.Call c -> unary(CALL, dst, c.argument(), c.function().ordinal());
                case Formula.Condition c -> {
                    int t = operand(c.test());
                    int jump = add(JUMP_IF_NONZERO, 0, t, 0);
                    release(t);
                    emit(c.ifZero(), dst);
                    int end = add(JUMP, 0, 0, 0);
                    code[jump * 4 + 3] = n;
                    emit(c.otherwise(), dst);
                    code[end * 4 + 3] = n;
                }
            }
        }

        private void unary(int op, int dst, Formula x, int extra) {
            int a = operand(x);
            add(op, dst, a, extra);
            release(a);
        }

        private void binary(int op, int dst, Formula x, Formula y) {
            int a = operand(x);
            int b = operand(y);
            add(op, dst, a, b);
            release(a);
            release(b);
        }
    }

    /** Runs the program: {@code regs} holds the inputs' registers on entry, every slot on return. */
    public void run(double[] regs, int k) {
        int s = k + 1;
        int current = first;
        try {
            for (int pc = 0; pc < length; pc++) {
                int op = code[pc * 4];
                int d = code[pc * 4 + 1] * 2 * s;
                int a = code[pc * 4 + 2] * 2 * s;
                int b = code[pc * 4 + 3] * 2 * s;
                switch (op) {
                    case CONST -> {
                        Arrays.fill(regs, d, d + 2 * s, 0.0);
                        regs[d] = constants[pc * 2];
                        regs[d + s] = constants[pc * 2 + 1];
                    }
                    case COPY -> System.arraycopy(regs, a, regs, d, 2 * s);
                    case NEG -> {
                        for (int i = 0; i < 2 * s; i++) regs[d + i] = -regs[a + i];
                    }
                    case ADD -> {
                        for (int i = 0; i < 2 * s; i++) regs[d + i] = regs[a + i] + regs[b + i];
                    }
                    case SUB -> {
                        for (int i = 0; i < 2 * s; i++) regs[d + i] = regs[a + i] - regs[b + i];
                    }
                    case MUL -> multiply(regs, d, a, b, s);
                    case DIV -> divide(regs, d, a, b, s);
                    case POW -> power(regs, d, a, b, s);
                    case COMPLEX -> {
                        // a + i b for complex a and b: re = a.re - b.im, im = a.im + b.re
                        for (int i = 0; i < s; i++) {
                            double re = regs[a + i] - regs[b + s + i];
                            double im = regs[a + s + i] + regs[b + i];
                            regs[d + i] = re;
                            regs[d + s + i] = im;
                        }
                    }
                    case CALL -> call(Formula.Function.values()[code[pc * 4 + 3]], regs, d, a, s);
                    case JUMP_IF_NONZERO -> {
                        if (regs[a] != 0.0 || regs[a + s] != 0.0) {
                            pc = code[pc * 4 + 3] - 1;
                        }
                    }
                    case JUMP -> pc = code[pc * 4 + 3] - 1;
                    case END_SLOT -> {
                        endSlot(regs, d, s, current);
                        current++;
                    }
                    default -> throw new IllegalStateException("opcode " + op);
                }
            }
        } catch (ArithmeticException e) {
            throw new NoValue(current, true, e.getMessage());
        }
    }

    private void endSlot(double[] regs, int d, int s, int slot) {
        if (realSlot[slot]) {
            double re = regs[d];
            double im = regs[d + s];
            if (Math.abs(im) > realTolerance * Math.max(1.0, Math.abs(re))) {
                throw new NoValue(slot, false, String.format(java.util.Locale.ROOT,
                        "is declared real but is %.10g%+.10gi at this point (the inputs admit no real value)", re, im));
            }
            Arrays.fill(regs, d + s, d + 2 * s, 0.0);
        }
        for (int i = 0; i < 2 * s; i++) {
            if (!Double.isFinite(regs[d + i])) {
                throw new NoValue(slot, false, i == 0 || i == s ? "has no finite value at this point"
                        : "has no finite derivative at this point along tangent " + (i % s - 1));
            }
        }
    }

    private static boolean real(double[] r, int at, int s) {
        for (int i = at + s; i < at + 2 * s; i++) {
            if (r[i] != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static void multiply(double[] r, int d, int a, int b, int s) {
        double ar = r[a];
        double ai = r[a + s];
        double br = r[b];
        double bi = r[b + s];
        boolean realA = real(r, a, s);
        boolean realB = real(r, b, s);
        if (realA && realB) {
            for (int i = 1; i < s; i++) r[d + i] = ar * r[b + i] + r[a + i] * br;
            r[d] = ar * br;
            Arrays.fill(r, d + s, d + 2 * s, 0.0);
            return;
        }
        for (int i = 1; i < s; i++) {
            double dar = r[a + i];
            double dai = r[a + s + i];
            double dbr = r[b + i];
            double dbi = r[b + s + i];
            r[d + i] = ar * dbr + dar * br - (ai * dbi + dai * bi);
            r[d + s + i] = ar * dbi + dar * bi + ai * dbr + dai * br;
        }
        r[d] = ar * br - ai * bi;
        r[d + s] = ar * bi + ai * br;
    }

    private static void divide(double[] r, int d, int a, int b, int s) {
        double br = r[b];
        double bi = r[b + s];
        if (br == 0.0 && bi == 0.0) {
            throw new ArithmeticException("division by zero");
        }
        if (real(r, b, s)) {
            double qr = r[a] / br;
            double qi = r[a + s] / br;
            for (int i = 1; i < s; i++) {
                double db = r[b + i];
                r[d + i] = (r[a + i] - qr * db) / br;
                r[d + s + i] = (r[a + s + i] - qi * db) / br;
            }
            r[d] = qr;
            r[d + s] = qi;
            return;
        }
        Complex y = new Complex(br, bi);
        Complex w = new Complex(r[a], r[a + s]).div(y);
        Complex inv = y.reciprocal();
        for (int i = 1; i < s; i++) {
            // dw = (dx - w dy) / y
            Complex t = new Complex(r[a + i], r[a + s + i]).minus(w.times(new Complex(r[b + i], r[b + s + i]))).times(inv);
            r[d + i] = t.re();
            r[d + s + i] = t.im();
        }
        r[d] = w.re();
        r[d + s] = w.im();
    }

    /** Writes f(z) from its value w and derivative f'(z) = g; directions z does not depend on stay 0. */
    private static void holomorphic(double[] r, int d, int a, int s, Complex w, Complex g) {
        for (int i = 1; i < s; i++) {
            double dr = r[a + i];
            double di = r[a + s + i];
            if (dr == 0.0 && di == 0.0) {
                r[d + i] = 0.0;
                r[d + s + i] = 0.0;
                continue;
            }
            r[d + i] = g.re() * dr - g.im() * di;
            r[d + s + i] = g.re() * di + g.im() * dr;
        }
        r[d] = w.re();
        r[d + s] = w.im();
    }

    /** As {@link #holomorphic} for a real function of a real argument (imaginary parts stay 0). */
    private static void realFunction(double[] r, int d, int a, int s, double w, double g) {
        for (int i = 1; i < s; i++) r[d + i] = g * r[a + i];
        r[d] = w;
        Arrays.fill(r, d + s, d + 2 * s, 0.0);
    }

    private static Complex value(double[] r, int a, int s) {
        double im = r[a + s];
        return new Complex(r[a], im == 0.0 ? 0.0 : im);
    }

    private static void power(double[] r, int d, int a, int b, int s) {
        boolean constantExponent = real(r, b, s) && tangentsZero(r, b, s);
        double x = r[a];
        boolean realBase = real(r, a, s);
        if (constantExponent) {
            double e = r[b];
            if (e == Math.rint(e) && Math.abs(e) <= 64) {
                int n = (int) e;
                if (realBase) {
                    if (n < 0 && x == 0) {
                        throw new ArithmeticException("0 raised to the negative power " + n);
                    }
                    if (n == 0) {
                        realFunction(r, d, a, s, 1.0, 0.0);
                    } else {
                        realFunction(r, d, a, s, Math.pow(x, n), n * Math.pow(x, n - 1));
                    }
                    return;
                }
                Complex z = value(r, a, s);
                Complex w = Complex.ONE;
                for (int i = 0; i < Math.abs(n); i++) w = w.times(z);
                if (n < 0) {
                    w = w.reciprocal();
                }
                // z is not real here, hence not 0: d z^n = n z^n / z dz
                holomorphic(r, d, a, s, w, n == 0 ? new Complex(0, 0) : w.div(z).times(n));
                return;
            }
            if (realBase && x > 0) {
                realFunction(r, d, a, s, Math.pow(x, e), e * Math.pow(x, e - 1.0));
                return;
            }
        } else if (realBase && real(r, b, s) && x > 0) {
            double p = r[b];
            double v = Math.pow(x, p);
            double dx = p == 0.0 ? 0.0 : p * Math.pow(x, p - 1.0);
            double dp = v == 0.0 ? 0.0 : v * Math.log(x);
            for (int i = 1; i < s; i++) {
                double tp = r[b + i];
                r[d + i] = tp == 0.0 ? dx * r[a + i] : Math.fma(dx, r[a + i], dp * tp);
            }
            r[d] = v;
            Arrays.fill(r, d + s, d + 2 * s, 0.0);
            return;
        }
        if (x == 0 && r[a + s] == 0) {
            if (r[b] > 0) {
                Arrays.fill(r, d, d + 2 * s, 0.0);
                return;
            }
            throw new ArithmeticException("0 raised to the power " + r[b] + " is undefined");
        }
        // z^p = exp(p log z): d = z^p (dp log z + p dz / z)
        Complex z = value(r, a, s);
        Complex p = value(r, b, s);
        Complex log = z.log();
        Complex w = p.times(log).exp();
        Complex pOverZ = p.div(z);
        for (int i = 1; i < s; i++) {
            Complex dz = new Complex(r[a + i], r[a + s + i]);
            Complex dp = new Complex(r[b + i], r[b + s + i]);
            Complex t = w.times(dp.times(log).plus(pOverZ.times(dz)));
            r[d + i] = t.re();
            r[d + s + i] = t.im();
        }
        r[d] = w.re();
        r[d + s] = w.im();
    }

    private static boolean tangentsZero(double[] r, int at, int s) {
        for (int i = 1; i < s; i++) {
            if (r[at + i] != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static void call(Formula.Function f, double[] r, int d, int a, int s) {
        boolean realArg = real(r, a, s);
        double x = r[a];
        Complex z = value(r, a, s);
        switch (f) {
            case SQRT -> {
                if (realArg && x > 0) {
                    double w = Math.sqrt(x);
                    realFunction(r, d, a, s, w, 0.5 / w);
                } else {
                    Complex w = z.sqrt();
                    holomorphic(r, d, a, s, w, w.times(2).reciprocal());
                }
            }
            case EXP -> {
                if (realArg) {
                    double w = Math.exp(x);
                    realFunction(r, d, a, s, w, w);
                } else {
                    Complex w = z.exp();
                    holomorphic(r, d, a, s, w, w);
                }
            }
            case LOG, REGLOG -> {
                if (x == 0 && r[a + s] == 0) {
                    if (f == Formula.Function.REGLOG) {
                        Arrays.fill(r, d, d + 2 * s, 0.0);
                        return;
                    }
                    throw new ArithmeticException("log(0) is undefined");
                }
                if (realArg && x > 0) {
                    realFunction(r, d, a, s, Math.log(x), 1 / x);
                } else {
                    holomorphic(r, d, a, s, z.log(), z.reciprocal());
                }
            }
            case SIN -> {
                if (realArg) {
                    realFunction(r, d, a, s, Math.sin(x), Math.cos(x));
                } else {
                    holomorphic(r, d, a, s, z.sin(), z.cos());
                }
            }
            case COS -> {
                if (realArg) {
                    realFunction(r, d, a, s, Math.cos(x), -Math.sin(x));
                } else {
                    holomorphic(r, d, a, s, z.cos(), z.sin().times(-1));
                }
            }
            case TAN -> {
                Complex c = z.cos();
                nonzero(c);
                Complex w = z.sin().div(c);
                holomorphic(r, d, a, s, realArg ? new Complex(w.re(), 0) : w, c.times(c).reciprocal());
            }
            case SINH -> holomorphic(r, d, a, s, z.sinh(), z.cosh());
            case COSH -> holomorphic(r, d, a, s, z.cosh(), z.sinh());
            case TANH -> {
                Complex c = z.cosh();
                nonzero(c);
                holomorphic(r, d, a, s, z.sinh().div(c), c.times(c).reciprocal());
            }
            case SEC -> {
                Complex c = z.cos();
                nonzero(c);
                holomorphic(r, d, a, s, c.reciprocal(), z.sin().div(c.times(c)));
            }
            case CSC -> {
                Complex sn = z.sin();
                nonzero(sn);
                holomorphic(r, d, a, s, sn.reciprocal(), z.cos().div(sn.times(sn)).times(-1));
            }
            case COT -> {
                Complex sn = z.sin();
                nonzero(sn);
                holomorphic(r, d, a, s, z.cos().div(sn), sn.times(sn).reciprocal().times(-1));
            }
            case ASIN -> inverseSine(r, d, a, s, z, realArg, false, Complex.ONE);
            case ACOS -> inverseSine(r, d, a, s, z, realArg, true, Complex.ONE);
            case ASEC, ACSC -> {
                nonzero(z);
                Complex u = z.reciprocal();
                // d/dz f(1/z) = -f'(1/z) / z^2
                inverseSine(r, d, a, s, u, realArg, f == Formula.Function.ASEC, u.times(u).times(-1));
            }
            case ATAN -> {
                if (realArg) {
                    realFunction(r, d, a, s, Math.atan(x), 1 / (1 + x * x));
                } else {
                    holomorphic(r, d, a, s, z.atan(), Complex.ONE.plus(z.times(z)).reciprocal());
                }
            }
            case CONJUGATE -> {
                for (int i = 0; i < s; i++) {
                    r[d + i] = r[a + i];
                    r[d + s + i] = -r[a + s + i];
                }
            }
            case RE -> {
                System.arraycopy(r, a, r, d, s);
                Arrays.fill(r, d + s, d + 2 * s, 0.0);
            }
            case IM -> {
                System.arraycopy(r, a + s, r, d, s);
                Arrays.fill(r, d + s, d + 2 * s, 0.0);
            }
            case ABS -> {
                if (realArg) {
                    realFunction(r, d, a, s, Math.abs(x), Math.signum(x));
                } else {
                    double m = Math.sqrt(x * x + r[a + s] * r[a + s]);
                    for (int i = 1; i < s; i++) r[d + i] = (x * r[a + i] + r[a + s] * r[a + s + i]) / m;
                    r[d] = m;
                    Arrays.fill(r, d + s, d + 2 * s, 0.0);
                }
            }
        }
    }

    /** asin or acos of u (the argument, or 1/z for asec and acsc), times the chain factor du/dz. */
    private static void inverseSine(double[] r, int d, int a, int s, Complex u, boolean realArg, boolean cosine,
            Complex chain) {
        Complex root = Complex.ONE.minus(u.times(u)).sqrt();
        Complex g = root.reciprocal().times(cosine ? -1 : 1).times(chain);
        if (realArg && Math.abs(u.re()) <= 1) {
            double w = cosine ? Math.acos(u.re()) : Math.asin(u.re());
            realFunction(r, d, a, s, w, g.re());
        } else {
            holomorphic(r, d, a, s, cosine ? u.acos() : u.asin(), g);
        }
    }

    private static void nonzero(Complex c) {
        if (c.re() == 0 && c.im() == 0) {
            throw new ArithmeticException("division by zero");
        }
    }
}
