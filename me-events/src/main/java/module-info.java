/**
 * Work on events built on the API: cross sections and their exact gradients by adaptive (VEGAS)
 * integration over the hypercube or over phase-space channels for resonances, the analytic Born
 * cross sections and partial widths they are checked against, unweighted events with helicities and
 * colour flows, and gold data for simulation-based inference.
 */
module madvec.events {
    requires transitive madvec.api;
    requires madvec.generator;

    exports madvec.events;
    exports madvec.events.channels;
}
