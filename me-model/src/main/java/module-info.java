/**
 * SLHA parameter cards and the Standard Model: inputs, derived parameters and couplings in dual arithmetic.
 */
module madvec.model {
    requires transitive madvec.autodiff;
    requires org.slf4j;

    exports madvec.model;
}
