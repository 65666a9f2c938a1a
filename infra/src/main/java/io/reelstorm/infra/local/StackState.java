package io.reelstorm.infra.local;

import java.util.List;

/**
 * What {@code up} started, as the supervisor records it in {@code run/stack.json}; read by
 * {@code status}, {@code down} and {@code logs}.
 *
 * @param supervisorPid     the process that owns all others
 * @param supervisorStarted its start instant, to tell it from a later process that reuses the pid
 * @param startSeconds      seconds from start to every process ready, once ready
 */
public record StackState(long supervisorPid, String supervisorStarted, Status status, String detail,
                         String startedAt, Double startSeconds, String gatewayUrl, List<String> dataCenters,
                         List<Member> processes) {

    public enum Status { STARTING, READY, FAILED, STOPPING }

    /** One process of the stack. */
    public record Member(String id, String dc, String kind, int port, String url, long pid, String pidStarted,
                         String log, boolean ready, Integer exitCode) {
    }

    public StackState with(Status newStatus, String newDetail, Double seconds, List<Member> members) {
        return new StackState(supervisorPid, supervisorStarted, newStatus, newDetail, startedAt, seconds, gatewayUrl,
                dataCenters, List.copyOf(members));
    }
}
