/**
 * Work on events built on the API: cross sections and their exact gradients by adaptive (VEGAS)
 * integration over the hypercube, and the analytic Born cross sections they are checked against.
 */
module madvec.events {
    requires transitive madvec.api;

    exports madvec.events;
}
