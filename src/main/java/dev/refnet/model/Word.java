package dev.refnet.model;

/** A value written as one fixed word (a category, a status, an entry type, an outcome). */
public interface Word {

    /** The canonical word written to files and output. */
    String word();
}
