package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The largest one-to-one pairing of gold items with system items where a pair is allowed only
 * when the two match (Kuhn's augmenting paths). Scoring by first match in gold order undercounts:
 * a joint gold event that takes the one system event a later, directed gold event needed leaves
 * that later event missed although a pairing finding both exists.
 */
final class OneToOneMatching {

    private OneToOneMatching() {}

    /**
     * @return for each gold index, the system index it is paired with, or -1; the number of pairs
     *     is the largest possible, and among equally large pairings earlier gold items keep their
     *     first matching system item where they can
     */
    static int[] pair(int goldCount, int systemCount, BiPredicate<Integer, Integer> matches) {
        return pair(goldCount, systemCount, matches, (gold, system) -> false);
    }

    /**
     * As {@link #pair(int, int, BiPredicate)}, but each gold item tries the matching system items it
     * {@code prefers} first: the pairing is as large, and twins (two events of the same type between
     * the same countries) pair with the one coded from the gold event's own words where they can, so
     * what is compared beyond the match (date, CAMEO code) is compared with the right event.
     */
    static int[] pair(int goldCount, int systemCount, BiPredicate<Integer, Integer> matches, BiPredicate<Integer, Integer> prefers) {
        int[][] candidates = new int[goldCount][];
        for (int gold = 0; gold < goldCount; gold++) {
            List<Integer> preferred = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (int system = 0; system < systemCount; system++) {
                if (matches.test(gold, system)) {
                    (prefers.test(gold, system) ? preferred : others).add(system);
                }
            }
            preferred.addAll(others);
            candidates[gold] = preferred.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] goldOfSystem = new int[systemCount];
        Arrays.fill(goldOfSystem, -1);
        for (int gold = 0; gold < goldCount; gold++) {
            augment(gold, candidates, goldOfSystem, new boolean[systemCount]);
        }
        int[] systemOfGold = new int[goldCount];
        Arrays.fill(systemOfGold, -1);
        for (int system = 0; system < systemCount; system++) {
            if (goldOfSystem[system] >= 0) {
                systemOfGold[goldOfSystem[system]] = system;
            }
        }
        return systemOfGold;
    }

    private static boolean augment(int gold, int[][] candidates, int[] goldOfSystem, boolean[] visited) {
        for (int system : candidates[gold]) {
            if (!visited[system]) {
                visited[system] = true;
                if (goldOfSystem[system] < 0 || augment(goldOfSystem[system], candidates, goldOfSystem, visited)) {
                    goldOfSystem[system] = gold;
                    return true;
                }
            }
        }
        return false;
    }
}
