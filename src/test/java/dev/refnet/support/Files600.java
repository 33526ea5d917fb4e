package dev.refnet.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes test files private to the user, as refnet itself would, so that mode warnings appear only on purpose. */
public final class Files600 {

    private Files600() {
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** A network folder with refnet.yaml and contacts/, both private. */
    public static Path network(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("contacts"));
        Files.setPosixFilePermissions(dir.resolve("contacts"), PosixFilePermissions.fromString("rwx------"));
        write(dir.resolve("refnet.yaml"), "practice: Harbor Light\nclinicians: [Jordan Ellis]\n");
        return dir;
    }

    public static Path contact(Path net, String id, String text) throws IOException {
        return write(net.resolve("contacts").resolve(id + ".yaml"), text);
    }
}
