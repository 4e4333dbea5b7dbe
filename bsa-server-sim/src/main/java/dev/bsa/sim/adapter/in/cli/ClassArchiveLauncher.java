package dev.bsa.sim.adapter.in.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Makes {@code java -jar bsa-server-sim.jar} (and the web demo's jar) start in about half the time: when the
 * build made a {@link ClassArchive} for the jar, the JVM that {@code java -jar} started runs the command in a
 * second JVM that maps the archive, and does nothing but wait for it. Its standard streams are the first
 * one's; its exit status is the command's. Stopping the first JVM (Ctrl+C, {@code kill}) stops the second
 * gracefully, and the second stops by itself when the first is killed outright.
 *
 * <p>It stays in the first JVM, as any Java program does, when the archive is missing or was made for another
 * jar or JDK, when {@code java} was given JVM options (they are the user's to choose, and are honoured as
 * given), when the process's command line cannot be read, or when {@code BSA_CLASS_ARCHIVE=off}.
 *
 * <p>Why a second JVM: on JDK 17 a JVM uses an application archive only when its command line says
 * {@code -XX:SharedArchiveFile}, which a jar's manifest cannot. The first JVM loads a handful of JDK
 * classes and nothing of the simulator (no logging, no picocli), so it costs about a tenth of a second and
 * some 45 MB of memory (resident) while it waits.
 */
public final class ClassArchiveLauncher {

    /** The environment variable that, set to {@code off}, keeps the command in the JVM {@code java} started. */
    public static final String SWITCH_VARIABLE = "BSA_CLASS_ARCHIVE";
    /** The system property that tells the second JVM the first one's process id. */
    static final String LAUNCHER_PROPERTY = "bsa.launcher.pid";
    private static final long STOP_WAIT_SECONDS = 30;

    private ClassArchiveLauncher() {
    }

    /**
     * Runs {@code mainClass} with {@code args} in a second JVM that maps the jar's class-data archive, and
     * returns its exit status; empty when the command should run in this JVM instead (see the class comment).
     */
    public static OptionalInt relaunch(Class<?> mainClass, String[] args) {
        if (System.getProperty(LAUNCHER_PROPERTY) != null) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = ClassArchive.jarOf(mainClass).flatMap(jar -> childCommand(self.command(),
                self.arguments().map(List::of), System.getenv(SWITCH_VARIABLE), ClassArchive.besides(jar),
                mainClass.getName(), List.of(args), ProcessHandle.current().pid()));
        return command.isPresent() ? run(command.get()) : OptionalInt.empty();
    }

    /**
     * The second JVM's command line, or empty when the command should stay in this JVM.
     *
     * @param java         this JVM's executable
     * @param jvmArguments this process's arguments after the executable ({@code -jar <jar> ...} when no JVM option was given)
     * @param switchValue  the value of {@code BSA_CLASS_ARCHIVE}, or null
     * @param archive      the archive that belongs to the jar
     * @param mainClass    the class to run
     * @param args         the command's arguments
     * @param launcherPid  this process's id, which the second JVM watches
     */
    static Optional<List<String>> childCommand(Optional<String> java, Optional<List<String>> jvmArguments, String switchValue,
            ClassArchive archive, String mainClass, List<String> args, long launcherPid) {
        if (switchValue != null && "off".equals(switchValue.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (java.isEmpty() || jvmArguments.isEmpty() || jvmArguments.get().isEmpty()
                || !"-jar".equals(jvmArguments.get().get(0)) || !archive.usable()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.get(),
                "-XX:SharedArchiveFile=" + archive.archive(),
                // Should the JVM refuse the archive after all, it starts without it, and says nothing.
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-D" + LAUNCHER_PROPERTY + "=" + launcherPid,
                "-cp", archive.jar().toString(), mainClass));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * In the second JVM, runs {@code stop} when the first one ends without having stopped this one (it was
     * killed outright); does nothing in a JVM that {@code java} started itself.
     */
    public static void whenLauncherEnds(Runnable stop) {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(launcher)).ifPresentOrElse(process -> process.onExit().thenRun(stop), stop);
        } catch (NumberFormatException notAPid) {
            // Set by hand to something else: there is no launcher to watch.
        }
    }

    private static OptionalInt run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException cannotStart) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "bsa-launcher-stop"));
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stop(child);
            return OptionalInt.of(SimulatorCommand.CANNOT_START);
        }
    }

    /** Asks the second JVM to stop (SIGTERM: a graceful stop) and waits for it. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
