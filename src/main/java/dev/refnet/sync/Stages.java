package dev.refnet.sync;

import dev.refnet.store.Git;

/**
 * The three versions git keeps of a file a merge left unsettled: the common ancestor, ours and
 * theirs (index stages 1, 2 and 3); null where a side has none (a file added on both sides has
 * no ancestor; a file removed on one side has no version there).
 */
record Stages(String base, String ours, String theirs) {

    static Stages of(Git git, String path) {
        return new Stages(stage(git, 1, path), stage(git, 2, path), stage(git, 3, path));
    }

    private static String stage(Git git, int n, String path) {
        Git.Result r = git.git("show", ":" + n + ":" + path);
        return r.code() == 0 ? r.out() : null;
    }

    boolean hasOurs() {
        return ours != null;
    }

    boolean hasTheirs() {
        return theirs != null;
    }
}
