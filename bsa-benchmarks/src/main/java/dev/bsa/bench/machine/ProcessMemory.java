package dev.bsa.bench.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** What Linux's {@code /proc} says of a process's memory and of the machine's load (empty elsewhere). */
public final class ProcessMemory {

    private ProcessMemory() {}

    /** The resident set size of process {@code pid} in KiB ({@code VmRSS}), when known. */
    public static OptionalLong residentKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** The machine's 1-minute load average, when known. */
    public static OptionalDouble loadAverage() {
        try {
            return OptionalDouble.of(Double.parseDouble(
                    Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]));
        } catch (IOException | RuntimeException unreadable) {
            return OptionalDouble.empty();
        }
    }
}
