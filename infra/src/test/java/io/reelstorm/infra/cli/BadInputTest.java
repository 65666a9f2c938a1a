package io.reelstorm.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.infra.ReelstormCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BadInputTest {

    @TempDir
    Path home;

    @Test
    void anUnknownFixIsOneLineAndExitTwoNotAStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cli = ReelstormCli.commandLine().setErr(new PrintWriter(err, true));

        int exit = cli.execute("--home", home.toString(), "up", "--fixes", "dc-failover,teleport");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("unknown fix 'teleport'")
                .contains("./reelstorm up --help")
                .doesNotContain("\tat ");
    }

    @Test
    void aBadLinkRouteIsOneLineNamingTheRouteAndExitTwo() {
        StringWriter err = new StringWriter();
        CommandLine cli = ReelstormCli.commandLine().setErr(new PrintWriter(err, true));

        int exit = cli.execute("link", "--routes", "gateway-east:18081=east-upload-service:8080 16379=east-redis-meta");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("bad link route '16379=east-redis-meta'")
                .contains("./reelstorm link --help")
                .doesNotContain("\tat ");
    }
}
