package io.reelstorm.infra.cli;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.common.admin.AdminException;
import io.reelstorm.infra.admin.AdminToken;
import io.reelstorm.infra.local.StackControl;
import io.reelstorm.infra.local.StackState;
import io.reelstorm.infra.stack.StackHome;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/** How CLI commands reach the admin API of the running stack (its URL from the state file, its token from run/admin-token). */
final class AdminAccess {

    static final int NOT_RUNNING = 3;

    private AdminAccess() {
    }

    static Optional<AdminClient> client(StackHome home) {
        Optional<StackState> running = new StackControl(home).running();
        Optional<String> token = AdminToken.read(home.adminTokenFile());
        if (running.isEmpty() || token.isEmpty() || running.get().adminUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new AdminClient(running.get().adminUrl(), token.get()));
    }

    static void notRunning(PrintStream err) {
        err.println("ReelStorm is not running. Start it with ./reelstorm up");
    }

    /** Prints a refusal the way the admin API explained it, naming the field when it did. */
    static int refused(AdminException e, PrintStream err) {
        Map<String, Object> problem = e.problem();
        Object field = problem.get("field");
        err.println("Refused" + (e.status() > 0 ? " (" + e.status() + ")" : "") + ": " + e.getMessage()
                + (field == null ? "" : " [field: " + field + "]"));
        return e.status() == 0 ? NOT_RUNNING : 2;
    }
}
