package dev.refnet.model;

/**
 * One data row of a file another program wrote (a CSV of contacts): the contact it describes,
 * its id a suggestion, or the problem that kept it from being one, with the row's line number.
 */
public record ContactRow(int line, Contact contact, String problem) {
}
