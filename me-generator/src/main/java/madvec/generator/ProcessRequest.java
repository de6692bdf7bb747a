package madvec.generator;

import java.util.List;
import java.util.Map;

/**
 * A parsed process string before multi-particle labels are expanded.
 *
 * @param text the process text as given
 * @param initial labels of the incoming particles
 * @param required particle names required as s-channel propagators ({@code e+ e- > z > mu+ mu-})
 * @param finals labels of the outgoing particles
 * @param excluded particles excluded from every internal line ({@code / h})
 * @param excludedSChannel particles excluded from s-channel lines ({@code $ z})
 * @param orders coupling-order limits by name ({@code QCD}, {@code QED})
 * @param decays decay chains of final-state particles, in the order written
 * @param labels the multi-particle labels in force (predefined and defined)
 */
public record ProcessRequest(String text, List<String> initial, List<String> required, List<String> finals,
        List<String> excluded, List<String> excludedSChannel, Map<String, OrderLimit> orders,
        List<DecayRequest> decays, Map<String, List<String>> labels) {

    /**
     * A coupling-order limit: {@code QCD=2} and {@code QCD<=2} bound from above, {@code QCD==2} fixes.
     *
     * @param value the limit
     * @param exact true for {@code ==}
     */
    public record OrderLimit(int value, boolean exact) {}

    /**
     * A decay chain {@code t > b u d~}, possibly with nested decays of its products.
     *
     * @param parent label of the decaying particle
     * @param products labels of its decay products
     * @param decays nested decays of the products
     * @param position character offset of the parent in the text
     */
    public record DecayRequest(String parent, List<String> products, List<DecayRequest> decays, int position) {}
}
