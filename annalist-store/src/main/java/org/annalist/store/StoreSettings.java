package org.annalist.store;

/**
 * How the store resolves records across articles; fixed when the store is opened.
 *
 * @param mergeWindowDays two reports of the same event type between the same parties are one
 *     event when their dates are at most this many days apart (see {@link MergeRule})
 */
public record StoreSettings(int mergeWindowDays) {

    public static final int DEFAULT_MERGE_WINDOW_DAYS = 2;

    public StoreSettings {
        if (mergeWindowDays < 0) {
            throw new IllegalArgumentException("the merge window must be 0 days or more, was " + mergeWindowDays);
        }
    }

    public static StoreSettings defaults() {
        return new StoreSettings(DEFAULT_MERGE_WINDOW_DAYS);
    }
}
