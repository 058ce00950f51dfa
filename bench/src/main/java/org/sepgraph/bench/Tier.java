package org.sepgraph.bench;

import java.util.Locale;

/**
 * A benchmark scale. {@code patents}, {@code organizations}, {@code declarations}, {@code pools} and
 * {@code licenses} are the targets of issue 5; the generator reaches them approximately (declarations are drawn per
 * family, so their count lands within a few percent).
 */
public record Tier(String name, int patents, int organizations, int declarations, int pools, int licenses) {
    public static final Tier SMALL = new Tier("small", 10_000, 1_000, 20_000, 10, 2_000);
    public static final Tier MEDIUM = new Tier("medium", 100_000, 10_000, 200_000, 100, 20_000);
    public static final Tier LARGE = new Tier("large", 1_000_000, 100_000, 2_000_000, 1_000, 200_000);

    public static Tier of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("unknown tier '" + name + "' (small, medium, large)");
        };
    }

    /** The same shape at a smaller size (the CI smoke test uses a fraction of small). */
    public Tier scaled(String newName, double factor) {
        return new Tier(newName, Math.max(200, (int) (patents * factor)), Math.max(40, (int) (organizations * factor)),
                Math.max(400, (int) (declarations * factor)), Math.max(6, (int) (pools * factor)),
                Math.max(60, (int) (licenses * factor)));
    }

    /** Top-level standards (projects); each has 2–8 parts, some with sub-parts. */
    public int projects() {
        return Math.max(8, patents / 5_000);
    }
}
