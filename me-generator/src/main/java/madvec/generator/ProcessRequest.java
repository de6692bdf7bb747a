package madvec.generator;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A parsed process string before multi-particle labels are expanded.
 *
 * @param text the whole text as given, define statements included
 * @param statement the process statement as written (without the define statements), for messages
 * @param initial labels of the incoming particles
 * @param required particle names required as s-channel propagators ({@code e+ e- > z > mu+ mu-})
 * @param finals labels of the outgoing particles
 * @param excluded particles excluded from every internal line ({@code / h})
 * @param excludedSChannel particles excluded from s-channel lines ({@code $ z})
 * @param orders coupling-order limits by name ({@code QCD}, {@code QED}), in the order written
 * @param decays decay chains of final-state particles, in the order written
 * @param labels the multi-particle labels in force (predefined and defined)
 */
public record ProcessRequest(String text, String statement, List<String> initial, List<String> required,
        List<String> finals, List<String> excluded, List<String> excludedSChannel, Map<String, OrderLimit> orders,
        List<DecayRequest> decays, Map<String, List<String>> labels) {

    /** The coupling orders as the user wrote them, e.g. {@code QCD==0 QED<=4}; empty when none. */
    public String ordersAsWritten() {
        return orders.values().stream().map(OrderLimit::toString).collect(Collectors.joining(" "));
    }

    /**
     * A coupling-order limit: {@code QCD=2} and {@code QCD<=2} bound from above, {@code QCD==2} fixes.
     *
     * @param name the order, upper case ({@code QCD} or {@code QED})
     * @param operator as written: {@code =}, {@code <=} or {@code ==}
     * @param value the limit
     */
    public record OrderLimit(String name, String operator, int value) {
        /** True for {@code ==}: the order must be met exactly, not only bounded. */
        public boolean exact() {
            return operator.equals("==");
        }

        /** As written, e.g. {@code QCD==0}. */
        @Override
        public String toString() {
            return name + operator + value;
        }
    }

    /**
     * A decay chain {@code t > b u d~}, possibly with nested decays of its products.
     *
     * @param parent label of the decaying particle
     * @param products labels of its decay products
     * @param decays nested decays of the products
     * @param position character offset of the parent in the text
     * @param written the decay as the user wrote it, nested decays and parentheses included, for messages
     */
    public record DecayRequest(String parent, List<String> products, List<DecayRequest> decays, int position,
            String written) {}
}
