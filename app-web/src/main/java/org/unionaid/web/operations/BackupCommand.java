package org.unionaid.web.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.unionaid.persistence.embedded.EmbeddedBackup;

/**
 * The operator's backup and restore of the embedded PostgreSQL, run from the application's jar (or
 * through {@code spring-boot:run}) without starting the application:
 * <pre>
 * java -jar unionaid.jar backup  FOLDER [--data=./data/postgres] [--port=54329]
 * java -jar unionaid.jar restore FOLDER [--data=./data/postgres] [--replace]
 * </pre>
 * A backup is taken from the running installation; a restore needs it stopped. On an external PostgreSQL
 * use pg_dump / pg_restore or pgBackRest instead (docs/operations.md).
 */
public final class BackupCommand {

    private static final String DEFAULT_DATA = "./data/postgres";
    private static final String DEFAULT_PORT = "54329";

    private BackupCommand() {
    }

    /** Whether the arguments ask for this command rather than the application. */
    public static boolean wanted(String... args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; returns the process exit code. */
    public static int run(PrintStream out, String... args) {
        List<String> plain = new ArrayList<>();
        String data = DEFAULT_DATA;
        String port = DEFAULT_PORT;
        boolean replace = false;
        for (String arg : args) {
            if (arg.startsWith("--data=")) {
                data = arg.substring("--data=".length());
            } else if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else if (arg.equals("--replace")) {
                replace = true;
            } else {
                plain.add(arg);
            }
        }
        if (plain.size() != 2) {
            out.println("usage: backup FOLDER [--data=" + DEFAULT_DATA + "] [--port=" + DEFAULT_PORT + "]");
            out.println("       restore FOLDER [--data=" + DEFAULT_DATA + "] [--replace]");
            return 2;
        }
        Path folder = Path.of(plain.get(1));
        try {
            if (plain.get(0).equals("backup")) {
                EmbeddedBackup.Result result = EmbeddedBackup.backup(Path.of(data), Integer.parseInt(port), folder);
                out.println("Backed up " + result.files() + " files into " + folder.toAbsolutePath() + " (WAL "
                        + result.startLsn() + " to " + result.stopLsn() + ").");
                out.println("The backup holds no personal-data keys: keep them apart (docs/operations.md).");
            } else {
                Path aside = EmbeddedBackup.restore(folder, Path.of(data), replace);
                if (aside != null) {
                    out.println("The database that was in " + data + " is kept in " + aside + ".");
                }
                out.println("Restored " + folder + " into " + data + ". Put the personal-data keys in place, then "
                        + "start the application: PostgreSQL replays the backup's WAL on its first start.");
            }
            return 0;
        } catch (Exception failure) {
            out.println(plain.get(0) + " failed: " + failure.getMessage());
            return 1;
        }
    }
}
