package org.annalist.evaluation;

import java.util.Arrays;
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
        boolean[][] allowed = new boolean[goldCount][systemCount];
        for (int gold = 0; gold < goldCount; gold++) {
            for (int system = 0; system < systemCount; system++) {
                allowed[gold][system] = matches.test(gold, system);
            }
        }
        int[] goldOfSystem = new int[systemCount];
        Arrays.fill(goldOfSystem, -1);
        for (int gold = 0; gold < goldCount; gold++) {
            augment(gold, allowed, goldOfSystem, new boolean[systemCount]);
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

    private static boolean augment(int gold, boolean[][] allowed, int[] goldOfSystem, boolean[] visited) {
        for (int system = 0; system < goldOfSystem.length; system++) {
            if (allowed[gold][system] && !visited[system]) {
                visited[system] = true;
                if (goldOfSystem[system] < 0 || augment(goldOfSystem[system], allowed, goldOfSystem, visited)) {
                    goldOfSystem[system] = gold;
                    return true;
                }
            }
        }
        return false;
    }
}
