package dev.refnet.merge;

/**
 * The merge cannot be done on the files' structure (a side that does not read, a layout refnet
 * cannot edit in place, a result that does not read back as meant): the caller falls back to a
 * line-by-line merge with conflict markers, as git would without refnet.
 */
public final class MergeException extends RuntimeException {

    public MergeException(String message) {
        super(message);
    }
}
