package io.reelstorm.infra.local;

import java.util.List;

/**
 * What {@code up} started, as the supervisor records it in {@code run/stack.json}: enough for
 * {@code down} to stop it (pids with their start instants) and for the CLI to find the admin API.
 * The live picture (health, fixes, faults, links) comes from {@code GET /admin/state}.
 *
 * @param supervisorPid     the process that owns all others
 * @param supervisorStarted its start instant, to tell it from a later process that reuses the pid
 * @param startSeconds      seconds from start to every process ready, once ready
 */
public record StackState(long supervisorPid, String supervisorStarted, Status status, String detail,
                         Double startSeconds, String gatewayUrl, String adminUrl, List<String> dataCenters,
                         List<Member> processes) {

    public enum Status { STARTING, READY, FAILED, STOPPING }

    /** One process of the stack. */
    public record Member(String id, String dc, String kind, int port, String url, long pid, String pidStarted,
                         String log, boolean ready) {
    }
}
