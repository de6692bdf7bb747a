package madvec.api;

import java.util.Map;

/**
 * |M|^2 at one point and its gradient, the one-event form of MadJax's {@code matrix_element(parameters,
 * coordinates)}.
 *
 * @param value |M|^2
 * @param gradient d|M|^2 by name: SLHA parameters ({@code mass.6}), hypercube coordinates ({@code u1},
 *     {@code u2}, ...) or momentum components ({@code E0}, {@code px0}, ...), in the order requested
 */
public record ValueAndGradient(double value, Map<String, Double> gradient) {}
