package dev.bsa.sim.adapter.in.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file {@code --ready-file} names: what a script that started the simulator needs to talk to it, written once
 * the simulator answers (its {@code /health} included). It appears whole or not at all: it is written to a temporary
 * file in the same directory, then moved over the name in one step, so a reader polling for it never sees half of
 * it.
 *
 * @param baseUrl    the simulator's base URL on loopback, e.g. {@code http://localhost:8080}
 * @param port       the port it listens on (the free one it picked for {@code --port 0})
 * @param adminToken the admin API's bearer token
 * @param clientKey  the demo client key when the simulator runs with the demo seed, else null
 * @param pid        the simulator's process id
 */
record ReadyFile(String baseUrl, int port, String adminToken, String clientKey, long pid) {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Writes this content to {@code file} atomically, replacing an earlier one. */
    void writeTo(Path file) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, JSON.writeValueAsBytes(this));
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes the file at a stop, so that no script mistakes a stopped simulator for a ready one. */
    static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing to do about it at a stop; a later start replaces the file anyway.
        }
    }
}
