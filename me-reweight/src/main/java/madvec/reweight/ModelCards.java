package madvec.reweight;

import java.util.Locale;
import java.util.Map;
import madvec.model.ParamCard;

/**
 * The parameter card of a MadGraph model restriction, for samples whose header has no {@code <slha>}
 * block: {@code sm} (MadGraph's default restriction), {@code sm-no_b_mass} (b mass and Yukawa zero),
 * {@code sm-lepton_masses}. Other models are refused with a message: give the card with
 * {@code --param-card}.
 */
public final class ModelCards {
    private ModelCards() {}

    /**
     * The card a model import stands for.
     *
     * @param model as in {@code import model ...}, e.g. {@code sm-no_b_mass}
     * @return the card
     * @throws IllegalArgumentException for a model or restriction madvec does not ship
     */
    public static ParamCard forModel(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        return switch (m) {
            case "sm", "sm-default" -> ParamCard.defaultSm();
            case "sm-no_b_mass" -> ParamCard.defaultSm().with(Map.of("mass.5", 0.0, "yukawa.5", 0.0));
            case "sm-lepton_masses" -> ParamCard.resource("sm_lepton_masses");
            default -> throw new IllegalArgumentException("model '" + model + "' is not one madvec knows (sm, sm-no_b_mass,"
                    + " sm-lepton_masses); give the sample's parameter card with --param-card");
        };
    }

    /** @return whether the model is one madvec can evaluate: MadGraph's {@code sm} with any restriction */
    public static boolean isStandardModel(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        return m.equals("sm") || m.startsWith("sm-");
    }
}
