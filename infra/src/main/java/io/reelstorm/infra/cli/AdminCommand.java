package io.reelstorm.infra.cli;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.common.admin.AdminException;
import io.reelstorm.infra.ReelstormCli;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command that acts on the running stack through its admin API. */
abstract class AdminCommand implements Callable<Integer> {

    @ParentCommand
    ReelstormCli cli;

    @Override
    public final Integer call() {
        Optional<AdminClient> admin = AdminAccess.client(cli.stackHome());
        if (admin.isEmpty()) {
            AdminAccess.notRunning(System.err);
            return AdminAccess.NOT_RUNNING;
        }
        try {
            return run(admin.get());
        } catch (AdminException e) {
            return AdminAccess.refused(e, System.err);
        }
    }

    abstract int run(AdminClient admin);
}
