/**
 * Reweighting of Les Houches event samples: MadGraph reweight cards and process cards, the dispatch of
 * events to subprocesses, and a thread-safe {@link madvec.reweight.Reweighter} that gives every event its
 * weights at other parameter points with their exact derivatives. No command-line or cluster
 * dependencies: the CLI and the Spark job both build on it.
 */
module madvec.reweight {
    requires transitive madvec.api;

    exports madvec.reweight;
}
