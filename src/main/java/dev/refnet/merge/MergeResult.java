package dev.refnet.merge;

import java.util.List;

/**
 * What a three-way merge of one file gave: the text to write and the conflicts left in it. A
 * clean result reads back through refnet's reader; a conflicted one holds git-style markers
 * ({@code <<<<<<<}, {@code |||||||}, {@code =======}, {@code >>>>>>>}) around whole keys or entries.
 */
public record MergeResult(String text, List<Conflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
