package org.annalist.evaluation;

import java.util.Arrays;

/**
 * The best one-to-one assignment of rows to columns (Kuhn–Munkres, the Hungarian method, in its
 * O(n³) potential form), which CEAF needs to pair key and response entities.
 */
final class Assignment {

    private Assignment() {}

    /** The largest total of {@code weights[row][column]} over a one-to-one pairing of rows and columns. */
    static double maximumTotal(double[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        if (rows == 0 || columns == 0) {
            return 0;
        }
        int size = Math.max(rows, columns);
        // Minimise the negated weights on a square matrix padded with zeros; 1-based as in the classic formulation.
        double[] rowPotential = new double[size + 1];
        double[] columnPotential = new double[size + 1];
        int[] rowOfColumn = new int[size + 1];
        int[] previousColumn = new int[size + 1];
        for (int row = 1; row <= size; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] slack = new double[size + 1];
            boolean[] used = new boolean[size + 1];
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            do {
                used[column] = true;
                int currentRow = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int nextColumn = 0;
                for (int candidate = 1; candidate <= size; candidate++) {
                    if (!used[candidate]) {
                        double reduced = cost(weights, currentRow - 1, candidate - 1) - rowPotential[currentRow] - columnPotential[candidate];
                        if (reduced < slack[candidate]) {
                            slack[candidate] = reduced;
                            previousColumn[candidate] = column;
                        }
                        if (slack[candidate] < delta) {
                            delta = slack[candidate];
                            nextColumn = candidate;
                        }
                    }
                }
                for (int candidate = 0; candidate <= size; candidate++) {
                    if (used[candidate]) {
                        rowPotential[rowOfColumn[candidate]] += delta;
                        columnPotential[candidate] -= delta;
                    } else {
                        slack[candidate] -= delta;
                    }
                }
                column = nextColumn;
            } while (rowOfColumn[column] != 0);
            do {
                int previous = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        double total = 0;
        for (int column = 1; column <= size; column++) {
            total -= cost(weights, rowOfColumn[column] - 1, column - 1);
        }
        return total;
    }

    private static double cost(double[][] weights, int row, int column) {
        return row < weights.length && column < weights[0].length ? -weights[row][column] : 0;
    }
}
