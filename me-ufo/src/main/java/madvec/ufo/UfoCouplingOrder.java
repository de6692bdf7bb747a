package madvec.ufo;

/**
 * A UFO {@code CouplingOrder}.
 *
 * @param name the order's name ({@code QCD}, {@code QED}, {@code NP})
 * @param expansionOrder the largest power kept (99: unrestricted)
 * @param hierarchy the order's weight in MadGraph's default choice of orders
 */
public record UfoCouplingOrder(String name, int expansionOrder, int hierarchy) {}
