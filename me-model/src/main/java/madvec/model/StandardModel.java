package madvec.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import madvec.autodiff.DualScalar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parameters of MadGraph's {@code sm} UFO model, derived from an SLHA card in lane-uniform dual
 * arithmetic: every value carries its derivatives with respect to k chosen card inputs, so that a
 * derivative with respect to MZ reaches MW, the weak mixing angle, the couplings and the vev.
 *
 * <p>Inputs: aEWM1, Gf, aS ({@code sminputs.1..3}), MZ and MH ({@code mass.23}, {@code mass.25}), the
 * fermion masses ({@code mass.f}), the widths ({@code decay.pdg}) and the Yukawa masses
 * ({@code yukawa.f}). Derived, exactly as the model's {@code parameters.py}:
 * <pre>
 *   aEW = 1/aEWM1                 G   = 2 sqrt(aS) sqrt(pi)        ee = 2 sqrt(aEW) sqrt(pi)
 *   MW  = sqrt(MZ^2/2 + sqrt(MZ^4/4 - aEW pi MZ^2 / (Gf sqrt2)))
 *   sw2 = 1 - MW^2/MZ^2   cw = MW/MZ   sw = sqrt(sw2)   g1 = ee/cw   gw = ee/sw
 *   vev = 2 MW sw / ee    lam = MH^2 / (2 vev^2)   muH = sqrt(lam vev^2)   y_f = ym_f sqrt2 / vev
 * </pre>
 * The card's {@code mass.24} is not an input: MW derives from MZ, Gf and aEWM1 (MadGraph writes it for
 * information only).
 *
 * <p>Instances are immutable.
 */
public final class StandardModel {
    private static final Logger LOG = LoggerFactory.getLogger(StandardModel.class);
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    /** Relative mismatch between the card's MW and the derived one that earns a warning. */
    private static final double MW_MISMATCH = 1e-6;
    /** Card values of MW already warned about. */
    private static final Set<Double> MW_WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final int MAX_PDG = 25;
    private static final int W = 24;
    private static final List<Integer> FERMIONS = List.of(1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16);
    private static final List<Integer> BOSONS = List.of(21, 22, 23, 24, 25);

    private final ParamCard card;
    private final List<String> derivativeNames;
    private final int k;
    private final DualScalar aEWM1;
    private final DualScalar gf;
    private final DualScalar aS;
    private final DualScalar mz;
    private final DualScalar mh;
    private final DualScalar aEW;
    private final DualScalar gs;
    private final DualScalar ee;
    private final DualScalar mw;
    private final DualScalar sw2;
    private final DualScalar sw;
    private final DualScalar cw;
    private final DualScalar g1;
    private final DualScalar gw;
    private final DualScalar vev;
    private final DualScalar lam;
    private final DualScalar muH;
    /** Indexed by |PDG code|; null where the code is not a Standard Model particle. */
    private final DualScalar[] masses = new DualScalar[MAX_PDG + 1];
    private final DualScalar[] widths = new DualScalar[MAX_PDG + 1];
    private final DualScalar[] yukawaMasses = new DualScalar[MAX_PDG + 1];
    private final DualScalar[] yukawas = new DualScalar[MAX_PDG + 1];

    private StandardModel(ParamCard card, List<String> derivativeNames) {
        this.card = card;
        this.derivativeNames = derivativeNames;
        this.k = derivativeNames.size();
        aEWM1 = positiveInput("sminputs.1", "aEWM1, the inverse electroweak coupling");
        gf = positiveInput("sminputs.2", "Gf, the Fermi constant");
        aS = positiveInput("sminputs.3", "aS, the strong coupling");
        mz = positiveInput("mass.23", "MZ, the Z mass");
        mh = requiredInput("mass.25", "MH, the Higgs mass");
        nonNegative(mh, "mass.25");
        aEW = aEWM1.reciprocal();
        gs = aS.sqrt().times(2.0).times(SQRT_PI);
        ee = aEW.sqrt().times(2.0).times(SQRT_PI);
        DualScalar mz2 = mz.square();
        mw = mz2.div(2.0).plus(wMassDiscriminant(mz2).sqrt()).sqrt();
        sw2 = DualScalar.constant(1.0, k).minus(mw.square().div(mz2));
        cw = mw.div(mz);
        sw = sw2.sqrt();
        g1 = ee.div(cw);
        gw = ee.div(sw);
        vev = mw.times(2.0).times(sw).div(ee);
        DualScalar vev2 = vev.square();
        lam = mh.square().div(vev2.times(2.0));
        muH = lam.times(vev2).sqrt();
        fillParticleTables();
        warnIfCardMwDiffers();
    }

    /**
     * Derives the model from a card, with derivatives with respect to the named card inputs: input
     * {@code derivativeNames.get(j)} carries tangent j seeded to 1, so every derived value's tangent j
     * is its derivative with respect to that input.
     *
     * @param card the SLHA card (MadGraph's {@code sm} layout)
     * @param derivativeNames distinct input names such as {@code mass.23}, {@code sminputs.2},
     *     {@code yukawa.6}, {@code decay.6}; empty for values only (k = 0)
     * @throws IllegalArgumentException if a name is not in the card or not an input (e.g.
     *     {@code mass.24}, derived), if a required input is missing, or if the inputs admit no
     *     physical derivation (aEWM1, Gf, aS or MZ not positive, a negative mass or width, no real
     *     MW); the message names the parameters involved
     */
    public static StandardModel of(ParamCard card, List<String> derivativeNames) {
        if (card == null || derivativeNames == null) {
            throw new IllegalArgumentException("card and derivative names must not be null");
        }
        List<String> names = new ArrayList<>(derivativeNames.size());
        Set<String> seen = new HashSet<>();
        for (String raw : derivativeNames) {
            String name = checkDerivativeName(card, raw);
            if (!seen.add(name)) {
                throw new IllegalArgumentException("derivative direction " + name + " is listed twice");
            }
            names.add(name);
        }
        return new StandardModel(card, List.copyOf(names));
    }

    /** Values only (k = 0): {@code of(card, List.of())}. */
    public static StandardModel of(ParamCard card) {
        return of(card, List.of());
    }

    private static String checkDerivativeName(ParamCard card, String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("derivative name is null: expected a card input such as mass.6");
        }
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (!card.contains(name)) {
            throw new IllegalArgumentException("cannot differentiate with respect to " + raw + ": parameter card "
                    + card.sourceName() + " holds no such value");
        }
        String why = notAnInputBecause(name);
        if (why != null) {
            throw new IllegalArgumentException("cannot differentiate with respect to " + name + ": " + why);
        }
        return name;
    }

    /** Why a card value is not an input of the model, or null when it is one. */
    private static String notAnInputBecause(String name) {
        int dot = name.indexOf('.');
        String block = name.substring(0, dot);
        String rest = name.substring(dot + 1);
        int id = rest.indexOf('.') < 0 && rest.length() < 9 ? Integer.parseInt(rest) : -1;
        boolean smParticle = FERMIONS.contains(id) || BOSONS.contains(id);
        return switch (block) {
            case "sminputs" -> id >= 1 && id <= 3 ? null : "the sm model reads only sminputs.1..3 (aEWM1, Gf, aS)";
            case "mass" -> id == W ? "MW is derived from MZ, Gf and aEWM1 (mass.23, sminputs.2, sminputs.1);"
                    + " the card's mass.24 is written for information only"
                    : id == 21 || id == 22 ? "the gluon and the photon are massless; their MASS entries are not used"
                    : smParticle ? null : "PDG code " + id + " is not a Standard Model particle";
            case "decay" -> id == 21 || id == 22 ? "the gluon and the photon are stable; their widths are not used"
                    : smParticle ? null : "PDG code " + id + " is not a Standard Model particle";
            case "yukawa" -> FERMIONS.contains(id) ? null : "yukawa." + id + " is not a Standard Model fermion's Yukawa";
            default -> "block " + block + " holds no input of the sm model (inputs: sminputs, mass, yukawa, decay)";
        };
    }

    /** The card value as an input dual: seeded when it is a derivative direction, constant otherwise. */
    private DualScalar input(String name, double value) {
        int index = derivativeNames.indexOf(name);
        return index < 0 ? DualScalar.constant(value, k) : DualScalar.variable(value, k, index);
    }

    private DualScalar requiredInput(String name, String meaning) {
        if (!card.contains(name)) {
            throw new IllegalArgumentException("parameter card " + card.sourceName() + " lacks " + name + " ("
                    + meaning + "), an input of the Standard Model");
        }
        return input(name, card.value(name));
    }

    private DualScalar positiveInput(String name, String meaning) {
        DualScalar v = requiredInput(name, meaning);
        if (!(v.value() > 0)) {
            throw new IllegalArgumentException(name + " (" + meaning + ") must be positive, got " + v.value()
                    + " in " + card.sourceName());
        }
        return v;
    }

    private void nonNegative(DualScalar v, String name) {
        if (v.value() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 in the Standard Model, got " + v.value()
                    + " in " + card.sourceName());
        }
    }

    /** MZ^4/4 - aEW pi MZ^2 / (Gf sqrt2): negative means no real MW for these inputs. */
    private DualScalar wMassDiscriminant(DualScalar mz2) {
        DualScalar d = mz2.square().div(4.0).minus(aEW.times(Math.PI).times(mz2).div(gf.times(SQRT2)));
        // At d = 0 MW is real but its derivatives are infinite; a gradient there is meaningless.
        if (d.value() < 0 || (d.value() == 0 && k > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no real W mass: MZ^4/4 - aEW pi MZ^2/(Gf sqrt2) = %.6g %s 0 for mass.23 (MZ) = %.10g,"
                            + " sminputs.1 (aEWM1) = %.10g, sminputs.2 (Gf) = %.10g in %s",
                    d.value(), d.value() < 0 ? "<" : "=", mz.value(), aEWM1.value(), gf.value(), card.sourceName()));
        }
        return d;
    }

    private void fillParticleTables() {
        for (int pdg : FERMIONS) {
            masses[pdg] = cardInput("mass." + pdg);
            widths[pdg] = cardInput("decay." + pdg);
            yukawaMasses[pdg] = cardInput("yukawa." + pdg);
            yukawas[pdg] = yukawaMasses[pdg].times(SQRT2).div(vev);
        }
        for (int pdg : BOSONS) {
            masses[pdg] = DualScalar.constant(0.0, k);
            widths[pdg] = pdg == 21 || pdg == 22 ? DualScalar.constant(0.0, k) : cardInput("decay." + pdg);
        }
        masses[23] = mz;
        masses[W] = mw;
        masses[25] = mh;
    }

    /** An optional card input: 0 (constant) when the card has no such entry; masses and widths >= 0. */
    private DualScalar cardInput(String name) {
        DualScalar v = card.contains(name) ? input(name, card.value(name)) : DualScalar.constant(0.0, k);
        if (!name.startsWith("yukawa.")) {
            nonNegative(v, name);
        }
        return v;
    }

    private void warnIfCardMwDiffers() {
        var cardMw = card.find("mass.24");
        // only for a card as read (a modified one moved MZ, Gf or aEWM1 on purpose), and once per card
        // value: a parameter scan derives the model at every point and must not log at each
        if (!card.isModified() && cardMw.isPresent() && Math.abs(cardMw.getAsDouble() - mw.value()) > MW_MISMATCH * mw.value()
                && MW_WARNED.size() < 64 && MW_WARNED.add(cardMw.getAsDouble())) {
            LOG.warn("{}: the card's MW (mass.24 = {}) is ignored: MW derives from MZ, Gf and aEWM1 and is {}"
                    + " (MadGraph writes mass.24 for information only)", card.sourceName(), cardMw.getAsDouble(),
                    mw.value());
        }
    }

    private static int smIndex(int pdg, String what) {
        int a = Math.abs(pdg);
        if (!(FERMIONS.contains(a) || BOSONS.contains(a))) {
            throw new IllegalArgumentException(what + ": PDG code " + pdg + " is not a Standard Model particle");
        }
        return a;
    }

    /** The card this model was derived from. */
    public ParamCard card() {
        return card;
    }

    /** The k derivative directions, in tangent order. */
    public List<String> derivativeNames() {
        return derivativeNames;
    }

    /** The number of tangents every value carries. */
    public int k() {
        return k;
    }

    /** aEWM1, the inverse electroweak coupling at the Z pole ({@code sminputs.1}). */
    public DualScalar aEWM1() {
        return aEWM1;
    }

    /** aEW = 1/aEWM1. */
    public DualScalar aEW() {
        return aEW;
    }

    /** Gf, the Fermi constant in GeV^-2 ({@code sminputs.2}). */
    public DualScalar gf() {
        return gf;
    }

    /** aS, the strong coupling, fixed at the card's value ({@code sminputs.3}). */
    public DualScalar aS() {
        return aS;
    }

    /** The strong coupling constant G = 2 sqrt(aS) sqrt(pi) = sqrt(4 pi aS). */
    public DualScalar gs() {
        return gs;
    }

    /** The electric charge ee = 2 sqrt(aEW) sqrt(pi). */
    public DualScalar ee() {
        return ee;
    }

    /** MZ, the Z mass ({@code mass.23}). */
    public DualScalar mz() {
        return mz;
    }

    /** MW = sqrt(MZ^2/2 + sqrt(MZ^4/4 - aEW pi MZ^2/(Gf sqrt2))), derived (the card's mass.24 is not read). */
    public DualScalar mw() {
        return mw;
    }

    /** sin^2(theta_W) = 1 - MW^2/MZ^2. */
    public DualScalar sw2() {
        return sw2;
    }

    /** sin(theta_W) = sqrt(sw2). */
    public DualScalar sw() {
        return sw;
    }

    /** cos(theta_W) = MW/MZ. */
    public DualScalar cw() {
        return cw;
    }

    /** The hypercharge coupling g1 = ee/cw. */
    public DualScalar g1() {
        return g1;
    }

    /** The weak SU(2) coupling gw = ee/sw. */
    public DualScalar gw() {
        return gw;
    }

    /** The Higgs vacuum expectation value vev = 2 MW sw/ee (equal to (sqrt2 Gf)^(-1/2) at tree level). */
    public DualScalar vev() {
        return vev;
    }

    /** The Higgs quartic coupling lam = MH^2/(2 vev^2). */
    public DualScalar lam() {
        return lam;
    }

    /** The Higgs mass parameter muH = sqrt(lam vev^2). */
    public DualScalar muH() {
        return muH;
    }

    /**
     * The mass of a Standard Model particle by PDG code (sign ignored): the card's {@code mass.|pdg|},
     * 0 for a fermion the card does not list, 0 for the gluon and the photon, the derived MW for 24.
     *
     * @throws IllegalArgumentException if the code is not a Standard Model particle
     */
    public DualScalar mass(int pdg) {
        return masses[smIndex(pdg, "mass")];
    }

    /**
     * The total width of a Standard Model particle by PDG code (sign ignored): the card's
     * {@code decay.|pdg|}, 0 when the card has no such DECAY line.
     *
     * @throws IllegalArgumentException if the code is not a Standard Model particle
     */
    public DualScalar width(int pdg) {
        return widths[smIndex(pdg, "width")];
    }

    /**
     * The Yukawa coupling y_f = ym_f sqrt2 / vev of a fermion (sign of the code ignored).
     *
     * @throws IllegalArgumentException if the code is not a Standard Model fermion
     */
    public DualScalar yukawa(int pdg) {
        return yukawas[fermionIndex(pdg, "yukawa")];
    }

    /**
     * The Yukawa mass ym_f of a fermion: the card's {@code yukawa.|pdg|}, 0 when absent.
     *
     * @throws IllegalArgumentException if the code is not a Standard Model fermion
     */
    public DualScalar yukawaMass(int pdg) {
        return yukawaMasses[fermionIndex(pdg, "yukawaMass")];
    }

    private static int fermionIndex(int pdg, String what) {
        int a = Math.abs(pdg);
        if (!FERMIONS.contains(a)) {
            throw new IllegalArgumentException(what + ": PDG code " + pdg + " is not a Standard Model fermion");
        }
        return a;
    }

    /** The card's source, k and the derivative names. */
    @Override
    public String toString() {
        return "StandardModel[" + card.sourceName() + ", d/d" + derivativeNames + "]";
    }
}
