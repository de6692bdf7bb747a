package madvec.ufo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import madvec.autodiff.ComplexDualScalar;
import madvec.model.ParamCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MadGraph's restriction of a UFO model by a {@code restrict_*.dat} card.
 *
 * <p>External parameters the card sets to exactly 0 or 1 are fixed: they become constants in every
 * formula and stop being inputs. The others take the card's values as their defaults. A coupling is
 * removed when it vanishes identically afterwards: its value at the card's point is 0 and so are its
 * derivatives with respect to every remaining input (MadGraph looks at the value only; the
 * derivatives guard against a coupling that is 0 at the card's point by accident). Vertex terms of
 * removed couplings go, and vertices left with none. Particles whose mass or width was fixed at 0
 * get {@code ZERO}.
 *
 * <p>MadGraph also merges external parameters with identical values (the b mass and its Yukawa mass,
 * for one) and identical couplings; madvec does not, so that a derivative with respect to each input
 * stays available: the numbers are the same.
 */
final class Restriction {
    private static final Logger LOG = LoggerFactory.getLogger(Restriction.class);

    private Restriction() {}

    static UfoModel apply(UfoModel model, String name, ParamCard card, Collection<String> keepFree) {
        Set<String> free = new HashSet<>();
        for (String f : keepFree) free.add(f.strip().toLowerCase(Locale.ROOT));
        Set<String> unknown = new HashSet<>(free);
        Map<String, Double> fixed = new LinkedHashMap<>();
        List<UfoParameter> parameters = new ArrayList<>();
        for (UfoParameter p : model.parameters()) {
            if (!p.external()) {
                parameters.add(p);
                continue;
            }
            String cardName = p.cardName();
            unknown.remove(cardName);
            var v = card.find(cardName);
            if (v.isEmpty()) {
                parameters.add(p);
                continue;
            }
            double value = v.getAsDouble();
            if ((value == 0.0 || value == 1.0) && !free.contains(cardName)) {
                fixed.put(p.name(), value);
            }
            parameters.add(p.withValue(value));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("cannot keep " + unknown + " free: model " + model.name()
                    + " has no such external parameter");
        }
        UfoModel fixedModel = new UfoModel(model.baseName(), model.folder(), name, particles(model, fixed),
                parameters, model.couplings(), model.lorentz(), model.vertices(), model.orders(), fixed, Set.of(),
                model.formulaPositions());
        UfoParameters formulas = fixedModel.formulas();
        UfoPoint point = formulas.evaluate(null, formulas.inputs());
        Set<String> removed = new HashSet<>();
        List<UfoCoupling> kept = new ArrayList<>();
        for (UfoCoupling c : model.couplings()) {
            if (vanishes(point.coupling(c.name()))) {
                removed.add(c.name());
            } else {
                kept.add(c);
            }
        }
        List<UfoVertex> vertices = new ArrayList<>();
        for (UfoVertex v : model.vertices()) {
            List<UfoVertex.Term> terms = v.terms().stream().filter(t -> !removed.contains(t.coupling())).toList();
            if (!terms.isEmpty()) {
                vertices.add(terms.size() == v.terms().size() ? v : v.withTerms(terms));
            }
        }
        LOG.debug("{} restricted by {}: {} parameters fixed, {} couplings and {} vertices removed", model.name(), name,
                fixed.size(), removed.size(), model.vertices().size() - vertices.size());
        return new UfoModel(model.baseName(), model.folder(), name, fixedModel.particles(), parameters, kept,
                model.lorentz(), vertices, model.orders(), fixed, removed, model.formulaPositions());
    }

    private static List<UfoParticle> particles(UfoModel model, Map<String, Double> fixed) {
        boolean hasZero = model.parameter("ZERO") != null;
        List<UfoParticle> out = new ArrayList<>();
        for (UfoParticle p : model.particles()) {
            String mass = hasZero && Double.valueOf(0.0).equals(fixed.get(p.mass())) ? "ZERO" : p.mass();
            String width = hasZero && Double.valueOf(0.0).equals(fixed.get(p.width())) ? "ZERO" : p.width();
            out.add(mass.equals(p.mass()) && width.equals(p.width()) ? p : p.withMassAndWidth(mass, width));
        }
        return out;
    }

    private static boolean vanishes(ComplexDualScalar g) {
        return g.re().value() == 0.0 && g.im().value() == 0.0 && !g.re().hasTangents() && !g.im().hasTangents();
    }
}
